package be.classenumerique.app.ui;

import be.classenumerique.api.Role;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.People;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Locale;

/**
 * A person's name and language; for a new staff member also their e-mail address and role. Fires a
 * {@link SaveEvent} and leaves saving to its owner.
 */
public class PersonForm extends Div {

    /** The admin asks to save what the form shows; e-mail and role are {@code null} for an existing person. */
    public static final class SaveEvent extends ComponentEvent<PersonForm> {
        private final String name;
        private final String email;
        private final Role role;
        private final Locale language;

        SaveEvent(PersonForm source, String name, String email, Role role, Locale language) {
            super(source, false);
            this.name = name;
            this.email = email;
            this.role = role;
            this.language = language;
        }

        public String name() {
            return name;
        }

        public String email() {
            return email;
        }

        public Role role() {
            return role;
        }

        public Locale language() {
            return language;
        }
    }

    /** @param person the person to correct, or {@code null} for a new teacher or admin */
    public PersonForm(Account person) {
        addClassName("cn-person-form");
        TextField name = new TextField(getTranslation("people.form.name"));
        name.setMaxLength(People.MAX_NAME_LENGTH);
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        EmailField email = new EmailField(getTranslation("people.form.email"));
        email.setMaxLength(254);
        email.setWidthFull();
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("people.form.role"));
        role.setItems(List.of(Role.TEACHER, Role.SCHOOL_ADMIN));
        role.setItemLabelGenerator(
                choice -> getTranslation("role." + choice.name().toLowerCase(Locale.ROOT)));
        role.setValue(Role.TEACHER);
        LanguageSelect language = new LanguageSelect(
                getTranslation("people.form.language"), person == null ? Locale.FRENCH : person.language());
        add(name);
        if (person == null) {
            add(email, role);
        } else {
            name.setValue(person.displayName());
        }
        add(language);
        Button save = new Button(
                getTranslation(person == null ? "people.form.create" : "people.form.save"),
                click -> fireEvent(new SaveEvent(
                        this,
                        name.getValue(),
                        person == null ? email.getValue() : null,
                        person == null ? role.getValue() : null,
                        language.getValue())));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(save);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
