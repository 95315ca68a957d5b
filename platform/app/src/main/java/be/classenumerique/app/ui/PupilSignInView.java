package be.classenumerique.app.ui;

import be.classenumerique.app.security.PupilAuthenticator;
import be.classenumerique.app.security.SessionSignIn;
import be.classenumerique.core.people.domain.ClassRoster;
import be.classenumerique.core.people.domain.PupilSecret;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.Cookie;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Pupils sign in on a shared tablet without an e-mail or a password: the class code (remembered by the
 * tablet), a tap on their name, then their two secret pictures or words.
 */
@Route(value = "classe/:code?", autoLayout = false)
@AnonymousAllowed
public class PupilSignInView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The cookie by which a shared tablet remembers its class, so the next pupil only taps a name. */
    public static final String CLASS_COOKIE = "cn-class";

    /** The cookie that tells one shared tablet from another, for its own failure budget. */
    public static final String TABLET_COOKIE = "cn-tablet";

    private static final int COOKIE_DAYS = 365;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PupilAuthenticator authenticator;
    private final Paragraph message = new Paragraph();
    private String tablet;

    public PupilSignInView(PupilAuthenticator authenticator) {
        this.authenticator = authenticator;
        addClassName("cn-pupil-sign-in");
        message.addClassName("cn-sign-in-message");
        message.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tablet = tabletId();
        message.setText("");
        Optional<String> code = event.getRouteParameters().get("code");
        Optional<PupilAuthenticator.RosterLookup> lookup = code.map(this::lookUp);
        if (lookup.isPresent() && lookup.get().paused()) {
            showPaused(lookup.get().roster().orElseThrow());
        } else if (lookup.isPresent() && lookup.get().roster().isPresent()) {
            showNames(code.get(), lookup.get().roster().get());
        } else {
            lookup.ifPresent(this::explain);
            showCodeStep();
        }
    }

    private void showCodeStep() {
        removeAll();
        TextField code = new TextField(getTranslation("pupil.code"));
        code.addClassName("cn-class-code");
        code.setMaxLength(12);
        code.setAutocapitalize(com.vaadin.flow.component.textfield.Autocapitalize.CHARACTERS);
        code.setAutocorrect(false);
        Button next = new Button(getTranslation("pupil.code.next"), click -> {
            String typed = code.getValue().replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
            PupilAuthenticator.RosterLookup lookup = lookUp(typed);
            if (lookup.roster().isPresent()) {
                getUI().ifPresent(ui -> ui.navigate("classe/" + typed));
            } else {
                explain(lookup);
            }
        });
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        next.addClickShortcut(Key.ENTER);
        add(new H1(getTranslation("pupil.title")), code, next, message, adultLink());
        code.focus();
    }

    private PupilAuthenticator.RosterLookup lookUp(String code) {
        return authenticator.roster(
                code, getLocale(), VaadinService.getCurrentRequest().getRemoteAddr());
    }

    private void explain(PupilAuthenticator.RosterLookup lookup) {
        message.setText(getTranslation(lookup.throttled() ? "pupil.throttled" : "pupil.code.unknown"));
    }

    private void showPaused(ClassRoster roster) {
        removeAll();
        message.setText(getTranslation("pupil.class-paused"));
        add(
                new H1(roster.className()),
                message,
                new Anchor("classe", getTranslation("pupil.other-class")),
                adultLink());
    }

    private void showNames(String code, ClassRoster roster) {
        removeAll();
        add(new H1(roster.className()), new Paragraph(getTranslation("pupil.tap-name")), message);
        Div names = new Div();
        names.addClassName("cn-names");
        for (ClassRoster.Pupil pupil : roster.pupils()) {
            Button name =
                    PersonNames.isolated(new Button(pupil.displayName(), click -> showSecret(code, roster, pupil)));
            name.addClassName("cn-name");
            names.add(name);
        }
        add(names, new Anchor("classe", getTranslation("pupil.other-class")), adultLink());
    }

    private void showSecret(String code, ClassRoster roster, ClassRoster.Pupil pupil) {
        removeAll();
        message.setText("");
        H1 hello =
                PersonNames.inSentence(new H1(), getTranslation("pupil.hello", PersonNames.NAME), pupil.displayName());
        Button back = new Button(getTranslation("pupil.not-me"), click -> showNames(code, roster));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (roster.secretKind() == PupilSecret.Kind.PICTURES) {
            add(hello, new Paragraph(getTranslation("pupil.tap-pictures")), pictureGrid(code, pupil), message, back);
        } else {
            TextField words = new TextField(getTranslation("pupil.words"));
            words.setAutocapitalize(com.vaadin.flow.component.textfield.Autocapitalize.NONE);
            words.setAutocorrect(false);
            words.setMaxLength(80);
            Button itsMe = new Button(
                    getTranslation("pupil.its-me"),
                    click -> attempt(code, pupil, PupilSecret.words(words.getValue()), words::clear));
            itsMe.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            itsMe.addClickShortcut(Key.ENTER);
            add(hello, words, itsMe, message, back);
            words.focus();
        }
    }

    private Div pictureGrid(String code, ClassRoster.Pupil pupil) {
        Div grid = new Div();
        grid.addClassName("cn-pictures");
        List<String> chosen = new ArrayList<>();
        List<Button> buttons = new ArrayList<>();
        Button itsMe = new Button(getTranslation("pupil.its-me"));
        itsMe.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        itsMe.setEnabled(false);
        Runnable reset = () -> {
            chosen.clear();
            buttons.forEach(button -> button.getElement().setAttribute("aria-pressed", "false"));
            itsMe.setEnabled(false);
        };
        for (String picture : PupilSecret.PICTURES) {
            Image image = new Image("themes/default/pictures/" + picture + ".svg", "");
            Button button = new Button(image);
            button.addClassName("cn-picture");
            button.setAriaLabel(getTranslation("picture." + picture));
            button.getElement().setAttribute("aria-pressed", "false");
            button.addClickListener(click -> {
                if (chosen.remove(picture)) {
                    button.getElement().setAttribute("aria-pressed", "false");
                } else if (chosen.size() < PupilSecret.PICTURES_IN_SECRET) {
                    chosen.add(picture);
                    button.getElement().setAttribute("aria-pressed", "true");
                }
                itsMe.setEnabled(chosen.size() == PupilSecret.PICTURES_IN_SECRET);
            });
            buttons.add(button);
            grid.add(button);
        }
        itsMe.addClickListener(click -> attempt(code, pupil, PupilSecret.pictures(chosen), reset));
        Div wrapper = new Div(grid, itsMe);
        wrapper.addClassName("cn-pictures-step");
        return wrapper;
    }

    private void attempt(String code, ClassRoster.Pupil pupil, String secret, Runnable onRefusal) {
        VaadinRequest request = VaadinService.getCurrentRequest();
        PupilAuthenticator.Outcome outcome =
                authenticator.withSecret(code, pupil.id(), secret, request.getRemoteAddr(), tablet);
        if (outcome.authentication().isEmpty()) {
            message.setText(getTranslation(
                    switch (outcome.refusal()) {
                        case THROTTLED -> "pupil.throttled";
                        case CLASS_PAUSED -> "pupil.class-paused";
                        case WRONG_SECRET -> "pupil.wrong-secret";
                    }));
            onRefusal.run();
            return;
        }
        SessionSignIn.inVaadin(outcome.authentication().get());
        remember(CLASS_COOKIE, code.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT));
        // A full load of the home page, under the new session id and with the pupil's rights.
        String home = VaadinService.getCurrentRequest().getContextPath() + "/";
        getUI().ifPresent(ui -> ui.getPage().setLocation(home));
    }

    /** @return the tablet's id from its cookie, given one first when it has none */
    private static String tabletId() {
        VaadinRequest request = VaadinService.getCurrentRequest();
        Cookie[] cookies =
                request instanceof com.vaadin.flow.server.VaadinServletRequest servlet ? servlet.getCookies() : null;
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (TABLET_COOKIE.equals(cookie.getName()) && cookie.getValue().matches("[A-Za-z0-9_-]{22}")) {
                    return cookie.getValue();
                }
            }
        }
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        remember(TABLET_COOKIE, id);
        return id;
    }

    /** Gives the tablet a cookie it keeps for a year, which no script of the page can read. */
    private static void remember(String name, String value) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge(COOKIE_DAYS * 24 * 3600);
        cookie.setAttribute("SameSite", "Lax");
        VaadinService.getCurrentResponse().addCookie(cookie);
    }

    private Anchor adultLink() {
        Anchor adult = new Anchor("login?adulte", getTranslation("pupil.adult"));
        adult.addClassName("cn-adult-link");
        return adult;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pupil.title") + " — " + getTranslation("app.name");
    }
}
