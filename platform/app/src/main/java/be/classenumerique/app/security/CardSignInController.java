package be.classenumerique.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /carte/<token>}: the link in a printed card's QR code signs the pupil in. */
@Controller
public class CardSignInController {

    /** The path pattern, open to everyone: the token is the credential. */
    public static final String PATTERN = "/carte/*";

    private final PupilAuthenticator pupils;

    public CardSignInController(PupilAuthenticator pupils) {
        this.pupils = pupils;
    }

    @GetMapping("/carte/{token}")
    public void signIn(@PathVariable String token, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        PupilAuthenticator.Outcome outcome = pupils.withCard(token, request.getRemoteAddr());
        if (outcome.authentication().isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/classe?carte="
                    + (outcome.refusal() == PupilAuthenticator.Refusal.THROTTLED ? "bloquee" : "invalide"));
            return;
        }
        SessionSignIn.inServlet(outcome.authentication().get(), request, response);
        response.sendRedirect(request.getContextPath() + "/");
    }
}
