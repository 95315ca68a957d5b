package be.classenumerique.app.ui;

import be.classenumerique.core.people.service.People;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.Locale;

/** A new pupil's first name, last name (only its initial is kept) and language; fires a {@link SaveEvent}. */
public class PupilForm extends Div {

    /** The admin asks to add the pupil the form shows. */
    public static final class SaveEvent extends ComponentEvent<PupilForm> {
        private final String firstName;
        private final String lastName;
        private final Locale language;

        SaveEvent(PupilForm source, String firstName, String lastName, Locale language) {
            super(source, false);
            this.firstName = firstName;
            this.lastName = lastName;
            this.language = language;
        }

        public String firstName() {
            return firstName;
        }

        public String lastName() {
            return lastName;
        }

        public Locale language() {
            return language;
        }
    }

    public PupilForm() {
        addClassName("cn-pupil-form");
        TextField firstName = new TextField(getTranslation("pupil.form.first-name"));
        firstName.setMaxLength(People.MAX_PUPIL_NAME_LENGTH);
        firstName.setRequiredIndicatorVisible(true);
        firstName.setWidthFull();
        TextField lastName = new TextField(getTranslation("pupil.form.last-name"));
        lastName.setMaxLength(People.MAX_PUPIL_NAME_LENGTH);
        lastName.setHelperText(getTranslation("pupil.form.last-name.help"));
        lastName.setWidthFull();
        LanguageSelect language = new LanguageSelect(getTranslation("people.form.language"), Locale.FRENCH);
        Button save = new Button(
                getTranslation("pupil.form.add"),
                click ->
                        fireEvent(new SaveEvent(this, firstName.getValue(), lastName.getValue(), language.getValue())));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(firstName, lastName, language, save);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
