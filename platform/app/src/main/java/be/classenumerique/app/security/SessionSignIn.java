package be.classenumerique.app.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Makes an authentication the session's, for sign-ins that do not go through the login form: always
 * under a new session id, so a session fixed before sign-in is worth nothing after it.
 */
public final class SessionSignIn {

    private static final HttpSessionSecurityContextRepository REPOSITORY = new HttpSessionSecurityContextRepository();

    private SessionSignIn() {}

    /** From a Vaadin event: Vaadin moves its session to a new HTTP session id first. */
    public static void inVaadin(Authentication authentication) {
        VaadinRequest request = VaadinService.getCurrentRequest();
        VaadinService.reinitializeSession(request);
        replaceInVaadin(authentication);
    }

    /** Replaces the Vaadin session's authentication under the same session id, e.g. after a credential change. */
    static void replaceInVaadin(Authentication authentication) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }

    /** From a plain HTTP request, such as a card's link. */
    public static void inServlet(
            Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        REPOSITORY.saveContext(context, request, response);
    }
}
