package be.classenumerique.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import be.classenumerique.api.Role;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.domain.Totp;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.SchoolRepository;
import com.microsoft.playwright.Page;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A teacher turns on the code from an authenticator app; their school's admin removes it when the phone is lost. */
class SecondFactorTest extends BrowserTest {

    @Autowired
    SchoolRepository schools;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void aTeacherSignsInWithACodeOnceTheyTurnedItOn() {
        String hash = passwords.encode(PASSWORD);
        schools.save(new SchoolClass("tf-c", "tf", "4e primaire T", "P4", List.of("tf-teacher"), List.of()));
        accounts.save(new Account(
                "tf-admin",
                "tf",
                Role.SCHOOL_ADMIN,
                "Direction T",
                "direction@2fa.test",
                hash,
                Locale.FRENCH,
                List.of(),
                true));
        accounts.save(new Account(
                "tf-teacher",
                "tf",
                Role.TEACHER,
                "Hugo Lambert",
                "hugo@2fa.test",
                hash,
                Locale.FRENCH,
                List.of("tf-c"),
                true));
        schools.save(new School("tf", "École T", List.of("tf-c")));

        Page teacher = tabletLandscape();
        login(teacher, "hugo@2fa.test", PASSWORD);
        link(teacher, "Sécurité du compte").click();
        assertThat(teacher.getByText("La vérification en deux étapes n’est pas encore activée."))
                .isVisible();
        button(teacher, "Configurer mon application").click();
        assertThat(teacher.getByAltText("Code QR à scanner avec l’application d’authentification"))
                .isVisible();
        assertAccessible(teacher);
        String shownKey = teacher.locator(".cn-key").textContent().replace(" ", "");
        String right =
                Totp.code(Totp.fromBase32(shownKey), Totp.step(Instant.now().getEpochSecond()));
        String wrong = right.substring(0, 5) + (char) ('0' + (right.charAt(5) - '0' + 1) % 10);
        teacher.getByLabel("Code à 6 chiffres").fill(wrong);
        button(teacher, "Activer").click();
        assertThat(teacher.getByText("Ce code n’est pas correct")).isVisible();
        teacher.navigate("/securite");
        setUpSecondFactor(teacher);
        assertThat(teacher.getByText("C’est fait")).isVisible();
        button(teacher, "Se déconnecter").click();
        teacher.waitForURL(url -> url.contains("/login"));

        // The password alone no longer signs in: the code is asked, a wrong one refused.
        teacher.getByLabel("Identifiant ou adresse e-mail").fill("hugo@2fa.test");
        teacher.getByLabel("Mot de passe").fill(PASSWORD);
        button(teacher, "Se connecter").click();
        assertThat(heading(teacher, "Code de vérification")).isVisible();
        assertAccessible(teacher);
        teacher.navigate("/classes");
        assertThat(heading(teacher, "Connexion")).isVisible();
        teacher.goBack();
        assertThat(heading(teacher, "Code de vérification")).isVisible();
        teacher.getByLabel("Code à 6 chiffres").fill("12345");
        button(teacher, "Vérifier").click();
        assertThat(teacher.getByText("Ce code n’est pas correct")).isVisible();
        teacher.getByLabel("Code à 6 chiffres").fill(nextCode("hugo@2fa.test"));
        button(teacher, "Vérifier").click();
        assertThat(heading(teacher, "Mes classes")).isVisible();

        // Without a password first, the code page sends back to the login page.
        Page stranger = tabletLandscape();
        stranger.navigate("/login/code");
        assertThat(heading(stranger, "Connexion")).isVisible();

        // Phone lost: the school's admin removes the second factor; the password signs in again.
        Page admin = tabletLandscape();
        login(admin, "direction@2fa.test", PASSWORD);
        link(admin, "Personnes").click();
        button(admin, "Retirer la vérification en deux étapes de Hugo Lambert").click();
        assertThat(admin.getByText("La vérification en deux étapes de Hugo Lambert est retirée"))
                .isVisible();
        Page again = tabletLandscape();
        login(again, "hugo@2fa.test", PASSWORD);
        assertThat(heading(again, "Mes classes")).isVisible();
    }
}
