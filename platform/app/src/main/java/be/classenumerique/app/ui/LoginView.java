package be.classenumerique.app.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/** Password sign-in for teachers, parents, admins and (for now) pupils. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("cn-login");
        H1 title = new H1(getTranslation("app.name"));
        Paragraph intro = new Paragraph(getTranslation("login.intro"));
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(false));
        add(title, intro, form);
    }

    private LoginI18n i18n(boolean throttled) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(throttled ? "login.throttled.title" : "login.error.title"));
        error.setMessage(getTranslation(throttled ? "login.throttled.message" : "login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> error =
                event.getLocation().getQueryParameters().getParameters().get("error");
        if (error != null) {
            form.setI18n(i18n(error.contains("throttled")));
            form.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " — " + getTranslation("app.name");
    }
}
