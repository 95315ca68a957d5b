package be.classenumerique.app.ui;

import be.classenumerique.api.Caller;
import be.classenumerique.app.printing.QrCodes;
import be.classenumerique.app.security.CurrentCaller;
import be.classenumerique.app.security.PasswordChange;
import be.classenumerique.app.security.SignedInSession;
import be.classenumerique.core.people.service.SecondFactors;
import be.classenumerique.core.shared.RefusedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Base64;

/**
 * An adult sets up, moves or turns off the code from an authenticator app asked at every sign-in.
 * Admins are sent here until theirs is set up.
 */
@Route("securite")
@RolesAllowed({"TEACHER", "PARENT", "SCHOOL_ADMIN", "PLATFORM_ADMIN"})
public class SecurityView extends Main implements HasDynamicTitle {

    private static final int QR_PIXELS = 220;

    private final Caller caller;
    private final SecondFactors secondFactors;
    private final Paragraph message = new Paragraph();
    private final Div enrolment = new Div();
    private final boolean required;

    private final PasswordChange passwords;
    private final SignedInSession session;

    public SecurityView(
            CurrentCaller currentCaller,
            SecondFactors secondFactors,
            PasswordChange passwords,
            SignedInSession session) {
        this.caller = currentCaller.require();
        this.secondFactors = secondFactors;
        this.passwords = passwords;
        this.session = session;
        this.required = caller.roles().stream().anyMatch(SecondFactors::requiredFor);
        addClassName("cn-page");
        message.getElement().setAttribute("role", "status");
        enrolment.addClassName("cn-enrolment");
        render();
    }

    private void render() {
        removeAll();
        enrolment.removeAll();
        boolean enabled = secondFactors.isEnabled(caller.accountId());
        add(new H1(getTranslation("security.title")), new Paragraph(getTranslation("security.intro")));
        if (required && !enabled) {
            Paragraph mustSetUp = new Paragraph(getTranslation("security.required.now"));
            mustSetUp.addClassName("cn-notice");
            add(mustSetUp);
        }
        add(new Paragraph(getTranslation(enabled ? "security.status.on" : "security.status.off")));
        Button setUp = new Button(getTranslation(enabled ? "security.new-phone" : "security.set-up"), click -> {
            click.getSource().setVisible(false);
            showEnrolment();
        });
        setUp.addThemeVariants(enabled ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_PRIMARY);
        add(setUp, enrolment, message);
        if (enabled && !required) {
            add(disableSection());
        }
    }

    private void showEnrolment() {
        SecondFactors.Enrolment started = secondFactors.start(caller, getTranslation("app.name"));
        Image qr = new Image(
                "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCodes.png(started.uri(), QR_PIXELS)),
                getTranslation("security.qr.alt"));
        qr.setWidth(QR_PIXELS + "px");
        Span key = new Span(started.key().replaceAll("(.{4})(?!$)", "$1 "));
        key.addClassName("cn-key");
        TextField code = codeField();
        // Moving the second factor to another phone needs the password again, not just this session.
        boolean replacing = secondFactors.isEnabled(caller.accountId());
        PasswordField password = new PasswordField(getTranslation("security.new-phone.password"));
        password.setVisible(replacing);
        Button activate = new Button(getTranslation("security.activate"), click -> {
            if (replacing && !passwords.proves(caller, password.getValue())) {
                password.clear();
                message.setText(getTranslation("password.wrong-current"));
                return;
            }
            try {
                secondFactors.confirm(caller, started.key(), code.getValue(), replacing);
            } catch (RefusedException refused) {
                message.setText(getTranslation(refused.messageKey()));
                return;
            }
            session.keepAfterOwnCredentialChange(caller);
            if (required) {
                getUI().ifPresent(ui -> ui.navigate(""));
                return;
            }
            render();
            message.setText(getTranslation("security.activated"));
        });
        activate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enrolment.add(
                new H2(getTranslation("security.steps.title")),
                new Paragraph(getTranslation("security.step.scan")),
                qr,
                new Paragraph(new Span(getTranslation("security.step.key") + " "), key),
                new Paragraph(getTranslation("security.step.code")),
                code,
                password,
                activate);
        code.focus();
    }

    private Div disableSection() {
        TextField code = codeField();
        code.setLabel(getTranslation("security.disable.code"));
        Button disable = new Button(getTranslation("security.disable"), click -> {
            try {
                secondFactors.disableOwn(caller, code.getValue());
            } catch (RefusedException refused) {
                message.setText(getTranslation(refused.messageKey()));
                return;
            }
            session.keepAfterOwnCredentialChange(caller);
            render();
            message.setText(getTranslation("security.disabled"));
        });
        disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div section = new Div(new H2(getTranslation("security.disable.title")), code, disable);
        section.addClassName("cn-disable-factor");
        return section;
    }

    private TextField codeField() {
        TextField code = new TextField(getTranslation("security.code"));
        code.setMaxLength(7);
        code.setAllowedCharPattern("[0-9 ]");
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        return code;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.title") + " — " + getTranslation("app.name");
    }
}
