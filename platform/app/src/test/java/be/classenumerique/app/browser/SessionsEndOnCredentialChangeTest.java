package be.classenumerique.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import be.classenumerique.api.Role;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.SchoolRepository;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A changed password or second factor ends every other session of the account, as a stolen one would
 * want to survive it; the browser the change was made in stays signed in. Runs on a school of its own.
 */
class SessionsEndOnCredentialChangeTest extends BrowserTest {

    private static final Pattern LOGIN = Pattern.compile(".*/login.*");

    @Autowired
    SchoolRepository schools;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void changingThePasswordOrAnAdminResettingItEndsTheOtherSessions() throws InterruptedException {
        school("se", "laure@sessions.test", "direction@sessions.test");
        Page laptop = tabletLandscape();
        login(laptop, "laure@sessions.test", PASSWORD);
        Page stolen = tabletLandscape();
        login(stolen, "laure@sessions.test", PASSWORD);
        assertThat(heading(stolen, "Mes classes")).isVisible();

        laptop.navigate("/mot-de-passe");
        laptop.getByLabel("Mot de passe actuel").fill(PASSWORD);
        laptop.getByLabel("Nouveau mot de passe").fill("laure-nouveau-2030");
        button(laptop, "Enregistrer").click();
        assertThat(heading(laptop, "Mes classes")).isVisible();

        Thread.sleep(1_100); // past the session check interval (1 s in these tests, 10 s by default)
        stolen.navigate("/classes");
        assertThat(stolen).hasURL(LOGIN);
        laptop.navigate("/classes");
        assertThat(heading(laptop, "Mes classes")).isVisible();

        Page admin = tabletLandscape();
        login(admin, "direction@sessions.test", PASSWORD);
        link(admin, "Personnes").click();
        button(admin, "Donner un mot de passe temporaire à Laure Gérard").click();
        assertThat(admin.getByText("Mot de passe temporaire de Laure Gérard")).isVisible();
        Thread.sleep(1_100);
        laptop.navigate("/classes");
        assertThat(laptop).hasURL(LOGIN);
    }

    @Test
    void aNewPhoneNeedsThePasswordAndEndsTheOtherSessions() throws InterruptedException {
        school("sf", "marc@sessions.test", "direction@phones.test");
        Page laptop = tabletLandscape();
        login(laptop, "marc@sessions.test", PASSWORD);
        laptop.navigate("/securite");
        setUpSecondFactor(laptop);
        assertThat(laptop.getByText("C’est fait")).isVisible();
        Page stolen = tabletLandscape();
        login(stolen, "marc@sessions.test", PASSWORD);
        assertThat(heading(stolen, "Mes classes")).isVisible();

        // Whoever holds a signed-in browser cannot move the second factor to their own phone.
        stolen.navigate("/securite");
        button(stolen, "Passer à un nouveau téléphone").click();
        assertThat(stolen.getByLabel("Ton mot de passe actuel")).isVisible();
        assertAccessible(stolen);
        String key = stolen.locator(".cn-key").textContent().replace(" ", "");
        stolen.getByLabel("Code à 6 chiffres").fill(codeFor(key));
        stolen.getByLabel("Ton mot de passe actuel").fill("pas-le-bon-mot");
        button(stolen, "Activer").click();
        assertThat(stolen.getByText("Le mot de passe actuel n’est pas correct."))
                .isVisible();

        laptop.navigate("/securite");
        button(laptop, "Passer à un nouveau téléphone").click();
        String newKey = laptop.locator(".cn-key").textContent().replace(" ", "");
        laptop.getByLabel("Code à 6 chiffres").fill(codeFor(newKey));
        laptop.getByLabel("Ton mot de passe actuel").fill(PASSWORD);
        button(laptop, "Activer").click();
        assertThat(laptop.getByText("C’est fait")).isVisible();

        Thread.sleep(1_100); // past the session check interval
        stolen.navigate("/classes");
        assertThat(stolen).hasURL(LOGIN);
        laptop.navigate("/classes");
        assertThat(heading(laptop, "Mes classes")).isVisible();
    }

    private void school(String id, String teacherLogin, String adminLogin) {
        String hash = passwords.encode(PASSWORD);
        schools.save(new SchoolClass(id + "-c", id, "6e primaire S", "P6", List.of(id + "-teacher"), List.of()));
        accounts.save(new Account(
                id + "-admin", id, Role.SCHOOL_ADMIN, "Direction S", adminLogin, hash, Locale.FRENCH, List.of(), true));
        accounts.save(new Account(
                id + "-teacher",
                id,
                Role.TEACHER,
                id.equals("se") ? "Laure Gérard" : "Marc Piron",
                teacherLogin,
                hash,
                Locale.FRENCH,
                List.of(id + "-c"),
                true));
        schools.save(new School(id, "École S", List.of(id + "-c")));
    }

    private static String codeFor(String key) {
        return be.classenumerique.core.people.domain.Totp.code(
                be.classenumerique.core.people.domain.Totp.fromBase32(key),
                be.classenumerique.core.people.domain.Totp.step(
                        java.time.Instant.now().getEpochSecond()));
    }
}
