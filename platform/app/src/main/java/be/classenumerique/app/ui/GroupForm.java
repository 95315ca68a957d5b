package be.classenumerique.app.ui;

import be.classenumerique.core.schools.domain.ClassGroup;
import be.classenumerique.core.schools.service.ClassService.ClassMember;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A group's name and pupils, to fill in; fires a {@link SaveEvent} and leaves saving to its owner. */
public class GroupForm extends Div {

    /** The teacher asks to save what the form shows. */
    public static final class SaveEvent extends ComponentEvent<GroupForm> {
        private final String name;
        private final Set<String> pupilIds;

        SaveEvent(GroupForm source, String name, Set<String> pupilIds) {
            super(source, false);
            this.name = name;
            this.pupilIds = Set.copyOf(pupilIds);
        }

        public String name() {
            return name;
        }

        public Set<String> pupilIds() {
            return pupilIds;
        }
    }

    /**
     * @param pupils the class's pupils to choose from
     * @param group the group to change, or {@code null} for a new one
     */
    public GroupForm(List<ClassMember> pupils, ClassGroup group) {
        addClassName("cn-group-form");
        TextField name = new TextField(getTranslation("groups.name"));
        name.setMaxLength(ClassGroup.MAX_NAME_LENGTH);
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        CheckboxGroup<ClassMember> members = new CheckboxGroup<>(getTranslation("groups.members"));
        members.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        members.setItems(pupils);
        members.setItemLabelGenerator(ClassMember::displayName);
        if (group != null) {
            name.setValue(group.name());
            members.setValue(pupils.stream()
                    .filter(pupil -> group.pupilIds().contains(pupil.id()))
                    .collect(Collectors.toSet()));
        }
        Button save = new Button(
                getTranslation("groups.save"),
                click -> fireEvent(new SaveEvent(
                        this,
                        name.getValue(),
                        members.getValue().stream().map(ClassMember::id).collect(Collectors.toSet()))));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(name, members, save);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
