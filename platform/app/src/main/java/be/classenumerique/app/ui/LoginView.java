package be.classenumerique.app.ui;

import be.classenumerique.app.security.PasswordResetByMail;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Password sign-in for teachers, parents, admins and (for now) pupils. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView(PasswordResetByMail reset) {
        addClassName("cn-login");
        H1 title = new H1(getTranslation("app.name"));
        Paragraph intro = new Paragraph(getTranslation("login.intro"));
        form.setAction("login");
        // Offered only where the platform can send the link.
        form.setForgotPasswordButtonVisible(reset.enabled());
        form.addForgotPasswordListener(event -> getUI().ifPresent(ui -> ui.navigate(ForgottenPasswordView.class)));
        form.setI18n(i18n(false));
        Anchor pupils = new Anchor("classe", getTranslation("login.pupil-link"));
        pupils.addClassName("cn-pupil-link");
        Anchor parents = new Anchor("parent", getTranslation("login.parent-link"));
        parents.addClassName("cn-parent-link");
        add(title, intro, form, pupils, parents);
    }

    private LoginI18n i18n(boolean throttled) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(throttled ? "login.throttled.title" : "login.error.title"));
        error.setMessage(getTranslation(throttled ? "login.throttled.message" : "login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        // A shared tablet that remembers its class goes straight to its pupils' names.
        Optional<String> rememberedClass = rememberedClass();
        if (rememberedClass.isPresent() && !query.containsKey("adulte") && !query.containsKey("error")) {
            event.forwardTo("classe/" + rememberedClass.get());
            return;
        }
        List<String> error = query.get("error");
        if (error != null) {
            form.setI18n(i18n(error.contains("throttled")));
            form.setError(true);
        }
    }

    private static Optional<String> rememberedClass() {
        Cookie[] cookies =
                VaadinService.getCurrentRequest() instanceof VaadinServletRequest request ? request.getCookies() : null;
        return cookies == null
                ? Optional.empty()
                : Arrays.stream(cookies)
                        .filter(cookie -> PupilSignInView.CLASS_COOKIE.equals(cookie.getName()))
                        .map(Cookie::getValue)
                        .filter(value -> value.matches("[A-Z0-9]{6}"))
                        .findFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " — " + getTranslation("app.name");
    }
}
