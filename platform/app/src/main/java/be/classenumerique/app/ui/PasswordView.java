package be.classenumerique.app.ui;

import be.classenumerique.api.Caller;
import be.classenumerique.app.security.CurrentCaller;
import be.classenumerique.app.security.PasswordChange;
import be.classenumerique.app.security.SignedInSession;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** An adult chooses their own password, required after an admin gave them a temporary one. */
@Route(value = "mot-de-passe", autoLayout = false)
@PermitAll
public class PasswordView extends Main implements HasDynamicTitle {

    public PasswordView(CurrentCaller currentCaller, PasswordChange passwords, SignedInSession session) {
        Caller caller = currentCaller.require();
        addClassName("cn-sign-up");
        PasswordField current = new PasswordField(getTranslation("password.current"));
        PasswordField chosen = new PasswordField(getTranslation("password.new"));
        chosen.setHelperText(getTranslation("signup.password.help", PasswordChange.MIN_LENGTH));
        Paragraph message = new Paragraph();
        message.getElement().setAttribute("role", "status");
        Button save = new Button(getTranslation("password.save"), click -> {
            String problem = passwords.change(caller, current.getValue(), chosen.getValue());
            if (problem != null) {
                message.setText(getTranslation(problem));
                return;
            }
            session.keepAfterOwnCredentialChange(caller);
            getUI().ifPresent(ui -> ui.navigate(""));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H1(getTranslation("password.title")),
                new Paragraph(getTranslation("password.help")),
                current,
                chosen,
                save,
                message);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " — " + getTranslation("app.name");
    }
}
