package be.classenumerique.app.ui;

import be.classenumerique.app.security.PasswordChange;
import be.classenumerique.app.security.PasswordResetByMail;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** An adult who forgot their password asks for a link by e-mail, then chooses a new password with it. */
@Route(value = PasswordResetByMail.ROUTE + "/:secret?", autoLayout = false)
@AnonymousAllowed
public class ForgottenPasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordResetByMail reset;

    public ForgottenPasswordView(PasswordResetByMail reset) {
        this.reset = reset;
        addClassName("cn-sign-up");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        if (!reset.enabled()) {
            event.forwardTo(LoginView.class);
            return;
        }
        add(new H1(getTranslation("reset.title")));
        event.getRouteParameters().get("secret").ifPresentOrElse(secret -> chooseWith(secret), this::askForLink);
        add(new Anchor("login?adulte", getTranslation("reset.back")));
    }

    private void askForLink() {
        EmailField email = new EmailField(getTranslation("signup.email"));
        email.setMaxLength(254);
        email.setWidthFull();
        Paragraph message = new Paragraph();
        message.getElement().setAttribute("role", "status");
        Button send = new Button(getTranslation("reset.send"), click -> {
            reset.request(email.getValue(), VaadinService.getCurrentRequest().getRemoteAddr());
            // The same words whether the address has an account or not.
            message.setText(getTranslation("reset.sent"));
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("reset.intro")), email, send, message);
    }

    private void chooseWith(String secret) {
        if (!reset.linkWorks(secret)) {
            add(
                    new Paragraph(getTranslation("reset.link.dead")),
                    new Anchor(PasswordResetByMail.ROUTE, getTranslation("reset.again")));
            return;
        }
        PasswordField chosen = new PasswordField(getTranslation("password.new"));
        chosen.setHelperText(getTranslation("signup.password.help", PasswordChange.MIN_LENGTH));
        chosen.setWidthFull();
        Paragraph message = new Paragraph();
        message.getElement().setAttribute("role", "status");
        Button save = new Button(getTranslation("password.save"), click -> {
            String problem = reset.choose(secret, chosen.getValue());
            if (problem != null) {
                message.setText(getTranslation(problem));
                return;
            }
            removeAll();
            add(
                    new H1(getTranslation("reset.title")),
                    new Paragraph(getTranslation("reset.done")),
                    new Anchor("login?adulte", getTranslation("reset.back")));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("reset.choose")), chosen, save, message);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title") + " — " + getTranslation("app.name");
    }
}
