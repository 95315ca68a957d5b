package be.classenumerique.app.security;

import be.classenumerique.app.i18n.BundleMessages;
import be.classenumerique.app.mail.PlatformMail;
import be.classenumerique.app.web.PublicAddress;
import be.classenumerique.core.people.service.PasswordResetLinks;
import java.util.Locale;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * "Forgotten password": a link by e-mail to the account's own address. Offered only when the platform
 * has a mail server ({@code spring.mail.host}). Every request gets the same answer and the same speed,
 * whether the address has an account or not; requests are throttled like sign-ins.
 */
@Service
public class PasswordResetByMail {

    /** Where the link leads; the secret follows. */
    public static final String ROUTE = "mot-de-passe-oublie";

    private final PlatformMail mail;
    private final PasswordResetLinks links;
    private final LoginThrottle throttle;
    private final PasswordEncoder hashes;
    private final PublicAddress publicAddress;
    private final BundleMessages messages =
            new BundleMessages("i18n/messages", getClass().getClassLoader());

    public PasswordResetByMail(
            PlatformMail mail,
            PasswordResetLinks links,
            LoginThrottle throttle,
            PasswordEncoder hashes,
            PublicAddress publicAddress) {
        this.publicAddress = publicAddress;
        this.mail = mail;
        this.links = links;
        this.throttle = throttle;
        this.hashes = hashes;
    }

    /** @return whether the platform can send reset links */
    public boolean enabled() {
        return mail.enabled();
    }

    /**
     * Sends a link when the address belongs to an active adult, in the background so the answer takes the
     * same time either way.
     *
     * @param email as typed
     * @param address the requesting network address, for the throttle
     */
    public void request(String email, String address) {
        String key = "reset:" + (email == null ? "" : email.strip());
        if (!enabled() || throttle.isLocked(key, address)) {
            return;
        }
        // Each request counts, so one address cannot flood someone's mailbox.
        throttle.failed(key, address);
        mail.inBackground(() -> links.issue(email).ifPresent(this::send));
    }

    /** @return whether the link still works */
    public boolean linkWorks(String secret) {
        return links.holder(secret).isPresent();
    }

    /**
     * @param secret from the link
     * @param chosen the new password
     * @return the message key of the problem, or {@code null} when the password was changed
     */
    public String choose(String secret, String chosen) {
        String problem = PasswordChange.problemWith(chosen);
        if (problem != null) {
            return problem;
        }
        return links.use(secret, hashes.encode(chosen)) ? null : "reset.link.dead";
    }

    private void send(PasswordResetLinks.Issued issued) {
        Locale locale = issued.account().language();
        mail.send(
                issued.account().loginName(),
                messages.get(locale, "reset.mail.subject"),
                messages.get(
                        locale,
                        "reset.mail.body",
                        issued.account().displayName(),
                        publicAddress.base() + "/" + ROUTE + "/" + issued.secret(),
                        PasswordResetLinks.VALIDITY.toMinutes()),
                "password reset");
    }
}
