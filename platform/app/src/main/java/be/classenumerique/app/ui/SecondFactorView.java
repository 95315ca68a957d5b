package be.classenumerique.app.ui;

import be.classenumerique.app.security.PendingSecondFactor;
import be.classenumerique.app.security.SecondFactorSignIn;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The second step of an adult's sign-in: the six-digit code their authenticator app shows. */
@Route(value = SecondFactorView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class SecondFactorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Where the login form sends a person whose password was right and who has a second factor. */
    public static final String ROUTE = "login/code";

    private final SecondFactorSignIn signIn;
    private final TextField code = new TextField();
    private final Paragraph message = new Paragraph();

    public SecondFactorView(SecondFactorSignIn signIn) {
        this.signIn = signIn;
        addClassName("cn-sign-up");
        code.setLabel(getTranslation("security.code"));
        code.setHelperText(getTranslation("security.code.help"));
        code.setMaxLength(7);
        code.setAllowedCharPattern("[0-9 ]");
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setAutofocus(true);
        message.getElement().setAttribute("role", "status");
        Button verify = new Button(getTranslation("security.verify"), click -> verify());
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        add(
                new H1(getTranslation("security.signin.title")),
                new Paragraph(getTranslation("security.signin.intro")),
                code,
                verify,
                message,
                new Anchor("login?adulte", getTranslation("security.signin.restart")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (pending() == null) {
            event.forwardTo(LoginView.class);
        }
    }

    private void verify() {
        PendingSecondFactor pending = pending();
        if (pending == null) {
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
            return;
        }
        switch (signIn.complete(pending, code.getValue())) {
            case SIGNED_IN -> {
                session().removeAttribute(PendingSecondFactor.ATTRIBUTE);
                String home = VaadinService.getCurrentRequest().getContextPath() + "/";
                getUI().ifPresent(ui -> ui.getPage().setLocation(home));
            }
            case WRONG_CODE -> {
                message.setText(getTranslation("security.code.wrong"));
                code.clear();
                code.focus();
            }
            case THROTTLED -> message.setText(getTranslation("login.throttled.message"));
            case EXPIRED -> {
                session().removeAttribute(PendingSecondFactor.ATTRIBUTE);
                message.setText(getTranslation("security.signin.expired"));
            }
        }
    }

    private static WrappedSession session() {
        return VaadinSession.getCurrent().getSession();
    }

    private static PendingSecondFactor pending() {
        return session().getAttribute(PendingSecondFactor.ATTRIBUTE) instanceof PendingSecondFactor pending
                ? pending
                : null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.signin.title") + " — " + getTranslation("app.name");
    }
}
