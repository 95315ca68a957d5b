package be.classenumerique.app.ui;

import be.classenumerique.app.security.ParentSignUp;
import be.classenumerique.app.security.SessionSignIn;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A parent creates an account with the invitation code the school gave them, and follows the child at once. */
@Route(value = "parent", autoLayout = false)
@AnonymousAllowed
public class ParentSignUpView extends Main implements HasDynamicTitle {

    public ParentSignUpView(ParentSignUp signUp) {
        addClassName("cn-sign-up");
        TextField code = new TextField(getTranslation("signup.code"));
        code.setMaxLength(40);
        TextField name = new TextField(getTranslation("signup.name"));
        name.setMaxLength(120);
        EmailField email = new EmailField(getTranslation("signup.email"));
        email.setMaxLength(254);
        PasswordField password = new PasswordField(getTranslation("signup.password"));
        password.setHelperText(getTranslation("signup.password.help", ParentSignUp.MIN_PASSWORD_LENGTH));
        LanguageSelect language = new LanguageSelect(getTranslation("signup.language"), getLocale());
        Paragraph message = new Paragraph();
        message.getElement().setAttribute("role", "status");
        Button create = new Button(getTranslation("signup.create"), click -> {
            ParentSignUp.Result result = signUp.signUp(
                    code.getValue(), name.getValue(), email.getValue(), password.getValue(), language.getValue());
            if (result.authentication().isEmpty()) {
                message.setText(getTranslation(result.problemKey()));
                return;
            }
            SessionSignIn.inVaadin(result.authentication().get());
            String children = VaadinService.getCurrentRequest().getContextPath() + "/children";
            getUI().ifPresent(ui -> ui.getPage().setLocation(children));
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H1(getTranslation("signup.title")),
                new Paragraph(getTranslation("signup.intro")),
                code,
                name,
                email,
                password,
                language,
                create,
                message,
                new Anchor("login?adulte", getTranslation("signup.have-account")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.title") + " — " + getTranslation("app.name");
    }
}
