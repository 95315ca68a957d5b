package be.classenumerique.app.security;

import be.classenumerique.core.people.service.SecondFactors;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in through the {@link LoginThrottle}: refused while locked, failures counted; an account
 * with a second factor is not signed in by its password alone.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    /** Refused because of too many failures; the login page says so, translated. */
    static final class ThrottledException extends AuthenticationException {
        ThrottledException() {
            super("too many failed sign-ins");
        }
    }

    /**
     * The password was right and the account also needs a code from its authenticator app: the login page
     * goes on to ask for it; nobody is signed in yet.
     */
    static final class SecondFactorRequiredException extends AuthenticationException {
        private final transient PendingSecondFactor pending;

        SecondFactorRequiredException(PendingSecondFactor pending) {
            super("second factor required");
            this.pending = pending;
        }

        PendingSecondFactor pending() {
            return pending;
        }
    }

    /** How long the code may take to type after the password. */
    static final Duration CODE_WINDOW = Duration.ofMinutes(5);

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final SecondFactors secondFactors;
    private final Clock clock;

    ThrottledAuthenticationProvider(
            AuthenticationProvider passwords, LoginThrottle throttle, SecondFactors secondFactors, Clock clock) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.secondFactors = secondFactors;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String loginName = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "unknown";
        if (throttle.isLocked(loginName, address)) {
            throw new ThrottledException();
        }
        Authentication result;
        try {
            // bcrypt refuses what it cannot read whole: a longer password is simply wrong.
            if (String.valueOf(authentication.getCredentials()).getBytes(StandardCharsets.UTF_8).length
                    > PasswordChange.MAX_BYTES) {
                throw new BadCredentialsException("too long");
            }
            result = passwords.authenticate(authentication);
        } catch (AuthenticationException e) {
            throttle.failed(loginName, address);
            // One answer for every failure, so a guess learns nothing about which part was wrong.
            throw new BadCredentialsException("bad credentials", e);
        }
        String accountId = ((PlatformUser) result.getPrincipal()).caller().accountId();
        if (secondFactors.isEnabled(accountId)) {
            // The failure count starts again only once the code is right too.
            throw new SecondFactorRequiredException(new PendingSecondFactor(
                    accountId, loginName, address, clock.instant().plus(CODE_WINDOW)));
        }
        throttle.succeeded(loginName);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
