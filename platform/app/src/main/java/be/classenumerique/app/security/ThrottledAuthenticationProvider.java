package be.classenumerique.app.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Password sign-in through the {@link LoginThrottle}: refused while locked, failures counted. */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    /** Refused because of too many failures; the login page says so, translated. */
    static final class ThrottledException extends AuthenticationException {
        ThrottledException() {
            super("too many failed sign-ins");
        }
    }

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
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
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(loginName);
            return result;
        } catch (AuthenticationException e) {
            throttle.failed(loginName, address);
            // One answer for every failure, so a guess learns nothing about which part was wrong.
            throw new BadCredentialsException("bad credentials", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
