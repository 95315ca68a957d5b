package be.classenumerique.app.security;

import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.people.service.SecondFactors;
import java.time.Clock;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;

/** The second step of an adult's sign-in: the code from their authenticator app, throttled like passwords. */
@Component
public class SecondFactorSignIn {

    /** How a code was received. */
    public enum Outcome {
        SIGNED_IN,
        WRONG_CODE,
        THROTTLED,
        EXPIRED
    }

    private final SecondFactors secondFactors;
    private final AccountRepository accounts;
    private final LoginThrottle throttle;
    private final Clock clock;

    public SecondFactorSignIn(
            SecondFactors secondFactors, AccountRepository accounts, LoginThrottle throttle, Clock clock) {
        this.secondFactors = secondFactors;
        this.accounts = accounts;
        this.throttle = throttle;
        this.clock = clock;
    }

    /**
     * Checks the code and, when right, signs the session in under a new id. Call from a Vaadin event.
     *
     * @param pending the sign-in whose password was right
     * @param code what the person typed
     * @return what happened; only {@link Outcome#SIGNED_IN} signs in
     */
    public Outcome complete(PendingSecondFactor pending, String code) {
        if (clock.instant().isAfter(pending.expiresAt())) {
            return Outcome.EXPIRED;
        }
        if (throttle.isLocked(pending.loginName(), pending.address())) {
            return Outcome.THROTTLED;
        }
        if (!secondFactors.verify(pending.accountId(), code)) {
            throttle.failed(pending.loginName(), pending.address());
            return Outcome.WRONG_CODE;
        }
        // Disabled while the code was being typed: no way in.
        PlatformUser user = accounts.findById(pending.accountId())
                .filter(account -> account.active())
                .map(account -> new PlatformUser(account, accounts.credentialVersion(account.id())))
                .orElse(null);
        if (user == null) {
            return Outcome.EXPIRED;
        }
        throttle.succeeded(pending.loginName());
        SessionSignIn.inVaadin(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return Outcome.SIGNED_IN;
    }
}
