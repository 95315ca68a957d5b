package be.classenumerique.app.security;

import be.classenumerique.api.Caller;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in person of the current request or UI, as the services want it. */
@Component
public class CurrentCaller {

    /** @return the signed-in person, if any */
    public Optional<Caller> fromSecurityContext() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PlatformUser user) {
            return Optional.of(user.caller());
        }
        return Optional.empty();
    }

    /**
     * @return the signed-in person
     * @throws IllegalStateException when nobody is signed in (views behind the login never get here)
     */
    public Caller require() {
        return fromSecurityContext().orElseThrow(() -> new IllegalStateException("nobody is signed in"));
    }
}
