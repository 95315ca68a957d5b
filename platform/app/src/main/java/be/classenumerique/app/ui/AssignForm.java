package be.classenumerique.app.ui;

import be.classenumerique.core.assignments.domain.Audience;
import be.classenumerique.core.content.domain.Module;
import be.classenumerique.core.schools.domain.ClassGroup;
import be.classenumerique.core.schools.service.ClassService.ClassMember;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * What to give, to whom and when: a module, the whole class or some groups or pupils, an opening day and
 * an optional due day. Fires a {@link SaveEvent} and leaves saving to its owner.
 */
public class AssignForm extends Div {

    /** The teacher asks to give the module as the form shows. */
    public static final class SaveEvent extends ComponentEvent<AssignForm> {
        private final Module module;
        private final Audience audience;
        private final LocalDate opens;
        private final LocalDate due;
        private final boolean required;
        private final int maxTries;
        private final boolean lateAccepted;

        SaveEvent(
                AssignForm source,
                Module module,
                Audience audience,
                LocalDate opens,
                LocalDate due,
                boolean required,
                int maxTries,
                boolean lateAccepted) {
            super(source, false);
            this.module = module;
            this.audience = audience;
            this.opens = opens;
            this.due = due;
            this.required = required;
            this.maxTries = maxTries;
            this.lateAccepted = lateAccepted;
        }

        /** @return the module, or {@code null} when none was chosen */
        public Module module() {
            return module;
        }

        public Audience audience() {
            return audience;
        }

        /** @return the opening day, or {@code null} when none was chosen */
        public LocalDate opens() {
            return opens;
        }

        /** @return the due day, or {@code null} for no due date */
        public LocalDate due() {
            return due;
        }

        public boolean required() {
            return required;
        }

        /** @return answers allowed per question, 0 for no limit */
        public int maxTries() {
            return maxTries;
        }

        /** @return whether answers still come in after the due day */
        public boolean lateAccepted() {
            return lateAccepted;
        }
    }

    /**
     * @param modules the catalogue to choose from
     * @param groups the class's groups
     * @param pupils the class's pupils
     * @param today the school's today, the default opening day
     */
    public AssignForm(Collection<Module> modules, List<ClassGroup> groups, List<ClassMember> pupils, LocalDate today) {
        addClassName("cn-assign-form");
        Select<Module> module = new Select<>();
        module.setLabel(getTranslation("assign.module"));
        module.setItems(modules);
        module.setItemLabelGenerator(Module::title);
        module.setWidthFull();
        RadioButtonGroup<Audience.Kind> kind = new RadioButtonGroup<>(getTranslation("assign.audience"));
        kind.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        kind.setItems(
                groups.isEmpty()
                        ? List.of(Audience.Kind.CLASS, Audience.Kind.PUPILS)
                        : List.of(Audience.Kind.CLASS, Audience.Kind.GROUPS, Audience.Kind.PUPILS));
        kind.setItemLabelGenerator(
                choice -> getTranslation("assign.audience." + choice.name().toLowerCase(Locale.ROOT)));
        kind.setValue(Audience.Kind.CLASS);
        CheckboxGroup<ClassGroup> groupBoxes = new CheckboxGroup<>(getTranslation("assign.groups"));
        groupBoxes.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        groupBoxes.setItems(groups);
        groupBoxes.setItemLabelGenerator(ClassGroup::name);
        groupBoxes.setVisible(false);
        CheckboxGroup<ClassMember> pupilBoxes = new CheckboxGroup<>(getTranslation("assign.pupils"));
        pupilBoxes.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        pupilBoxes.setItems(pupils);
        pupilBoxes.setItemLabelGenerator(ClassMember::displayName);
        pupilBoxes.setVisible(false);
        kind.addValueChangeListener(change -> {
            groupBoxes.setVisible(change.getValue() == Audience.Kind.GROUPS);
            pupilBoxes.setVisible(change.getValue() == Audience.Kind.PUPILS);
        });
        DatePicker opens = new DatePicker(getTranslation("assign.opens"), today);
        opens.setRequiredIndicatorVisible(true);
        DatePicker due = new DatePicker(getTranslation("assign.due"));
        due.setHelperText(getTranslation("assign.due.help"));
        Checkbox required = new Checkbox(getTranslation("assign.required"), true);
        Select<Integer> tries = new Select<>();
        tries.setLabel(getTranslation("assign.tries"));
        tries.setItems(0, 1, 2, 3, 5);
        tries.setItemLabelGenerator(count -> count == 0 ? getTranslation("assign.tries.any") : String.valueOf(count));
        tries.setValue(0);
        Checkbox late = new Checkbox(getTranslation("assign.late-accepted"), true);
        Button save = new Button(getTranslation("assign.save"), click -> {
            Audience audience = switch (kind.getValue()) {
                case GROUPS ->
                    new Audience(
                            Audience.Kind.GROUPS,
                            groupBoxes.getValue().stream().map(ClassGroup::id).toList());
                case PUPILS ->
                    new Audience(
                            Audience.Kind.PUPILS,
                            pupilBoxes.getValue().stream().map(ClassMember::id).toList());
                case CLASS -> Audience.wholeClass();
            };
            fireEvent(new SaveEvent(
                    this,
                    module.getValue(),
                    audience,
                    opens.getValue(),
                    due.getValue(),
                    required.getValue(),
                    tries.getValue(),
                    late.getValue()));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(module, kind, groupBoxes, pupilBoxes, opens, due, required, tries, late, save);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
