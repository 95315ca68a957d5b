package be.classenumerique.app.ui;

import be.classenumerique.app.security.PupilAuthenticator;
import be.classenumerique.app.security.SessionSignIn;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A printed card's QR code opens {@code /carte#<token>}. The token is in the fragment, which the browser
 * never sends: it reaches neither the server's nor a proxy's logs. The page takes it out of the address
 * bar and the history at once, then hands it to the server in Vaadin's own (POST) channel, once.
 * Cards of the earlier kind ({@code /carte/<token>}) no longer sign in: the page says to print new ones.
 */
@Route(value = CardSignInView.ROUTE, autoLayout = false)
@RouteAlias(value = CardSignInView.ROUTE + "/:old", autoLayout = false)
@AnonymousAllowed
public class CardSignInView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Where a card's QR code leads; the token follows after {@code #}. */
    public static final String ROUTE = "carte";

    private final PupilAuthenticator authenticator;
    private final Paragraph message = new Paragraph();
    private boolean oldCard;

    public CardSignInView(PupilAuthenticator authenticator) {
        this.authenticator = authenticator;
        addClassName("cn-pupil-sign-in");
        message.addClassName("cn-sign-in-message");
        message.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("pupil.card.title")), message);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        oldCard = event.getRouteParameters().get("old").isPresent();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (oldCard) {
            refused("pupil.card.old");
            return;
        }
        message.setText(getTranslation("pupil.card.reading"));
        getElement()
                .executeJs("const token = window.location.hash.slice(1);"
                        + " history.replaceState(null, '', window.location.pathname + window.location.search);"
                        + " return token;")
                .then(String.class, this::signIn);
    }

    private void signIn(String token) {
        PupilAuthenticator.Outcome outcome =
                authenticator.withCard(token, VaadinService.getCurrentRequest().getRemoteAddr());
        if (outcome.authentication().isEmpty()) {
            refused(
                    outcome.refusal() == PupilAuthenticator.Refusal.THROTTLED
                            ? "pupil.throttled"
                            : "pupil.card.invalid");
            return;
        }
        SessionSignIn.inVaadin(outcome.authentication().get());
        // A full load of the home page, under the new session id and with the pupil's rights.
        String home = VaadinService.getCurrentRequest().getContextPath() + "/";
        getUI().ifPresent(ui -> ui.getPage().setLocation(home));
    }

    private void refused(String key) {
        message.setText(getTranslation(key));
        Anchor classPage = new Anchor("classe", getTranslation("pupil.card.with-code"));
        classPage.addClassName("cn-adult-link");
        add(classPage);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pupil.card.title") + " — " + getTranslation("app.name");
    }
}
