package be.classenumerique.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.api.activity.LearnerResponse;
import be.classenumerique.core.attempts.service.AttemptService;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.SchoolRepository;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The school year ends: the admin moves the school to the next year; pupils are in their new class and
 * last year's class, archived, still shows their work. Runs on a school of its own, so the demo school
 * the other scenarios use stays as it is.
 */
class SchoolYearRolloverTest extends BrowserTest {

    @Autowired
    SchoolRepository schools;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    AttemptService attempts;

    @Test
    void theRolloverKeepsLastYearsHistory() {
        String hash = passwords.encode(PASSWORD);
        schools.save(new SchoolClass("ry-5", "ry", "5e primaire R", "P5", List.of(), List.of("ry-amir")));
        schools.save(new SchoolClass("ry-6", "ry", "6e primaire R", "P6", List.of(), List.of("ry-lina")));
        accounts.save(
                account("ry-admin", Role.SCHOOL_ADMIN, "Direction R", "direction@rollover.test", hash, List.of()));
        accounts.save(account("ry-amir", Role.PUPIL, "Amir K.", "ry-amir", null, List.of("ry-5")));
        accounts.save(account("ry-lina", Role.PUPIL, "Lina B.", "ry-lina", null, List.of("ry-6")));
        schools.save(new School("ry", "École R", List.of("ry-5", "ry-6")));
        attempts.submit(
                new Caller("ry-amir", "ry", "Amir K.", Set.of(Role.PUPIL), Locale.FRENCH),
                UUID.randomUUID().toString(),
                "mots-de-passe-solides",
                "le-plus-solide",
                new LearnerResponse(Map.of("choice", 2)));

        Page admin = tabletLandscape();
        login(admin, "direction@rollover.test", PASSWORD);
        link(admin, "Année scolaire").click();
        assertThat(admin.getByLabel("Nouveau nom pour 5e primaire R")).hasValue("6e primaire R");
        assertAccessible(admin);

        button(admin, "Passer à l’année " + nextYearShown(admin)).click();
        Locator dialog = admin.getByRole(com.microsoft.playwright.options.AriaRole.DIALOG);
        dialog.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON)
                .filter(new Locator.FilterOptions().setHasText("Passer à l’année"))
                .click();
        assertThat(admin.getByText("sont archivées avec tout le travail des élèves"))
                .isVisible();
        assertAccessible(admin);

        link(admin, "Mes classes").click();
        assertThat(link(admin, "6e primaire R")).isVisible();
        assertThat(link(admin, "5e primaire R")).hasCount(0);

        link(admin, "Année scolaire").click();
        admin.locator(".cn-archive").getByText("5e primaire R").click();
        assertThat(admin.getByText("Classe d’une année passée")).isVisible();
        assertThat(admin.locator("vaadin-grid").getByText("Amir K.")).isVisible();
        assertThat(admin.locator("vaadin-grid").getByText("✓ Réussi")).isVisible();
        assertAccessible(admin);
    }

    private static String nextYearShown(Page page) {
        String heading = page.locator("h3")
                .filter(new Locator.FilterOptions().setHasText("Passer à l’année"))
                .first()
                .textContent();
        return heading.substring(heading.lastIndexOf(' ') + 1);
    }

    private static Account account(
            String id, Role role, String name, String login, String hash, List<String> classIds) {
        return new Account(id, "ry", role, name, login, hash, Locale.FRENCH, classIds, true);
    }
}
