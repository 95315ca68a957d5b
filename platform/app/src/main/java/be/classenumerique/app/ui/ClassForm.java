package be.classenumerique.app.ui;

import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.schools.domain.Levels;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.ClassService;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A class's name and level, and its teachers when a list of the school's teachers is given; fires a
 * {@link SaveEvent} and leaves saving to its owner.
 */
public class ClassForm extends Div {

    /** The admin asks to save what the form shows. */
    public static final class SaveEvent extends ComponentEvent<ClassForm> {
        private final String name;
        private final String level;
        private final Set<String> teacherIds;

        SaveEvent(ClassForm source, String name, String level, Set<String> teacherIds) {
            super(source, false);
            this.name = name;
            this.level = level;
            this.teacherIds = Set.copyOf(teacherIds);
        }

        public String name() {
            return name;
        }

        public String level() {
            return level;
        }

        public Set<String> teacherIds() {
            return teacherIds;
        }
    }

    /**
     * @param schoolClass the class to change, or {@code null} for a new one
     * @param teachers the school's teachers to choose from, or {@code null} to leave teachers out
     */
    public ClassForm(SchoolClass schoolClass, List<Account> teachers) {
        addClassName("cn-class-form");
        TextField name = new TextField(getTranslation("classes.name"));
        name.setMaxLength(ClassService.MAX_CLASS_NAME_LENGTH);
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        Select<String> level = new Select<>();
        level.setLabel(getTranslation("classes.level.label"));
        level.setItems(Levels.ALL);
        level.setItemLabelGenerator(code -> getTranslation("level." + code));
        CheckboxGroup<Account> teacherBoxes = new CheckboxGroup<>(getTranslation("classes.teachers"));
        teacherBoxes.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        if (schoolClass != null) {
            name.setValue(schoolClass.name());
            level.setValue(schoolClass.level());
        }
        add(name, level);
        if (teachers != null) {
            teacherBoxes.setItems(teachers);
            teacherBoxes.setItemLabelGenerator(Account::displayName);
            if (schoolClass != null) {
                teacherBoxes.setValue(teachers.stream()
                        .filter(teacher -> schoolClass.teacherIds().contains(teacher.id()))
                        .collect(Collectors.toSet()));
            }
            add(teacherBoxes);
        }
        Button save = new Button(
                getTranslation("classes.save"),
                click -> fireEvent(new SaveEvent(
                        this,
                        name.getValue(),
                        level.getValue(),
                        teacherBoxes.getValue().stream().map(Account::id).collect(Collectors.toSet()))));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(save);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
