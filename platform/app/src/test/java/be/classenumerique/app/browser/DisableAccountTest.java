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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A disabled account is signed out everywhere and cannot sign in again. Runs on a school of its own. */
class DisableAccountTest extends BrowserTest {

    @Autowired
    SchoolRepository schools;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void disablingATeacherEndsTheirOpenSession() throws InterruptedException {
        String hash = passwords.encode(PASSWORD);
        schools.save(new SchoolClass("dz-c", "dz", "3e primaire Z", "P3", List.of("dz-teacher"), List.of()));
        accounts.save(new Account(
                "dz-admin",
                "dz",
                Role.SCHOOL_ADMIN,
                "Direction Z",
                "direction@disable.test",
                hash,
                Locale.FRENCH,
                List.of(),
                true));
        accounts.save(new Account(
                "dz-teacher",
                "dz",
                Role.TEACHER,
                "Julie Renard",
                "julie@disable.test",
                hash,
                Locale.FRENCH,
                List.of("dz-c"),
                true));
        schools.save(new School("dz", "École Z", List.of("dz-c")));

        Page teacher = tabletLandscape();
        login(teacher, "julie@disable.test", PASSWORD);
        assertThat(link(teacher, "3e primaire Z")).isVisible();

        Page admin = tabletLandscape();
        login(admin, "direction@disable.test", PASSWORD);
        link(admin, "Personnes").click();
        assertAccessible(admin);
        button(admin, "Désactiver le compte de Julie Renard").click();
        assertThat(admin.getByText("Le compte de Julie Renard est désactivé")).isVisible();

        Thread.sleep(1_100); // past the session check interval (1 s in these tests, 10 s by default)
        teacher.navigate("/classes");
        assertThat(teacher).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
        login(teacher, "julie@disable.test", PASSWORD);
        assertThat(teacher.getByText("L’identifiant ou le mot de passe n’est pas correct."))
                .isVisible();

        button(admin, "Réactiver le compte de Julie Renard").click();
        login(teacher, "julie@disable.test", PASSWORD);
        assertThat(link(teacher, "3e primaire Z")).isVisible();
    }

    @Test
    void aTemporaryPasswordFromTheAdminMustBeReplacedAtTheNextSignIn() {
        String hash = passwords.encode(PASSWORD);
        schools.save(new SchoolClass("pw-c", "pw", "2e primaire W", "P2", List.of("pw-teacher"), List.of()));
        accounts.save(new Account(
                "pw-admin",
                "pw",
                Role.SCHOOL_ADMIN,
                "Direction W",
                "direction@password.test",
                hash,
                Locale.FRENCH,
                List.of(),
                true));
        accounts.save(new Account(
                "pw-teacher",
                "pw",
                Role.TEACHER,
                "Karim Aziz",
                "karim@password.test",
                hash,
                Locale.FRENCH,
                List.of("pw-c"),
                true));
        schools.save(new School("pw", "École W", List.of("pw-c")));

        Page admin = tabletLandscape();
        login(admin, "direction@password.test", PASSWORD);
        link(admin, "Personnes").click();
        button(admin, "Donner un mot de passe temporaire à Karim Aziz").click();
        String message =
                admin.getByText("Mot de passe temporaire de Karim Aziz").textContent();
        String temporary = message.replaceAll(".*: ([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}).*", "$1");

        Page teacher = tabletLandscape();
        login(teacher, "karim@password.test", PASSWORD);
        assertThat(teacher.getByText("L’identifiant ou le mot de passe n’est pas correct."))
                .isVisible();
        login(teacher, "karim@password.test", temporary);
        assertThat(heading(teacher, "Choisis ton mot de passe")).isVisible();
        assertAccessible(teacher);
        teacher.navigate("/classes");
        assertThat(heading(teacher, "Choisis ton mot de passe")).isVisible();

        teacher.getByLabel("Mot de passe actuel").fill(temporary);
        teacher.getByLabel("Nouveau mot de passe").fill("mon-propre-secret-2030");
        button(teacher, "Enregistrer").click();
        assertThat(link(teacher, "2e primaire W")).isVisible();
    }
}
