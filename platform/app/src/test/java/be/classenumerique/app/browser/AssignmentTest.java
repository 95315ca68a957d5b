package be.classenumerique.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import be.classenumerique.api.Caller;
import be.classenumerique.api.Role;
import be.classenumerique.core.assignments.domain.Audience;
import be.classenumerique.core.assignments.service.Assignments;
import be.classenumerique.core.people.domain.Account;
import be.classenumerique.core.people.service.Guardianships;
import be.classenumerique.core.schools.domain.School;
import be.classenumerique.core.schools.domain.SchoolClass;
import be.classenumerique.core.schools.service.ClassService;
import be.classenumerique.core.schools.service.SchoolRepository;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A teacher gives a module to a group with a due date; a pupil of the group finds it on the tablet and does
 * it, losing the connection once without losing an answer; a pupil outside the group does not see it; the
 * parent sees the work. A school of its own.
 */
class AssignmentTest extends BrowserTest {

    @Autowired
    SchoolRepository schools;

    @Autowired
    ClassService classes;

    @Autowired
    Guardianships guardianships;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    Assignments assignments;

    @Test
    void aGroupsPupilDoesTheWorkGivenWithADueDate() {
        String hash = passwords.encode(PASSWORD);
        schools.save(new SchoolClass(
                "as-5", "as", "5e des Sapins", "P5", List.of("as-teacher"), List.of("as-ana", "as-ben")));
        schools.save(new School("as", "École des Sapins", List.of("as-5")));
        accounts.save(account("as-teacher", Role.TEACHER, "Marie Lenoir", "marie@assign.test", hash, List.of("as-5")));
        accounts.save(account("as-ana", Role.PUPIL, "Ana S.", "ana.s", hash, List.of("as-5")));
        accounts.save(account("as-ben", Role.PUPIL, "Ben S.", "ben.s", hash, List.of("as-5")));
        accounts.save(account("as-parent", Role.PARENT, "Paul Simon", "paul@assign.test", hash, List.of()));
        guardianships.link("as-parent", "as-ana");
        classes.saveGroup(
                new Caller("as-teacher", "as", "Marie Lenoir", Set.of(Role.TEACHER), Locale.FRENCH),
                "as-5",
                null,
                "Lecteurs",
                List.of("as-ana"));

        // Earlier work for Ben alone, already past its due day.
        Instant now = Instant.now();
        assignments.assign(
                new Caller("as-teacher", "as", "Marie Lenoir", Set.of(Role.TEACHER), Locale.FRENCH),
                "as-5",
                "mots-de-passe-solides",
                new Audience(Audience.Kind.PUPILS, List.of("as-ben")),
                now.minus(Duration.ofDays(10)),
                now.minus(Duration.ofDays(3)),
                true);

        Page teacher = tabletLandscape();
        login(teacher, "marie@assign.test", PASSWORD);
        link(teacher, "5e des Sapins").click();
        assertThat(teacher.locator(".cn-assignment")).hasCount(1);
        button(teacher, "Donner un module").click();
        Locator dialog = teacher.getByRole(AriaRole.DIALOG);
        button(teacher, "Donner le module").click();
        assertThat(dialog.getByText("Choisis un module.")).isVisible();
        choose(teacher, dialog.getByLabel("Module"), "Un mot de passe solide");
        dialog.getByLabel("Des groupes").check();
        dialog.getByLabel("Lecteurs").check();
        LocalDate due = LocalDate.now().plusDays(7);
        Locator dueField = dialog.getByLabel("À rendre pour le");
        dueField.fill(due.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        dueField.press("Enter");
        choose(teacher, dialog.getByLabel("Essais permis par question"), "3");
        assertAccessible(teacher);
        button(teacher, "Donner le module").click();
        assertThat(teacher.getByText("« Un mot de passe solide » est donné.")).isVisible();
        assertThat(teacher.locator(".cn-assignment").first()).containsText("Groupes : Lecteurs");
        assertThat(teacher.locator(".cn-assignment").first()).containsText("obligatoire · 3 essais par question");

        Page ben = tabletPortrait();
        login(ben, "ben.s", PASSWORD);
        assertThat(ben.locator("a.cn-task-late")).containsText("⏰ En retard");
        assertThat(ben.locator("a.cn-task-to_do")).hasCount(0);

        Page ana = tabletPortrait();
        login(ana, "ana.s", PASSWORD);
        Locator task = ana.locator("a.cn-task-to_do");
        assertThat(task).containsText("📝 À faire");
        assertThat(task).containsText("Aucune activité faite sur 5");
        assertAccessible(ana);
        task.click();
        for (int step = 1; step <= 5; step++) {
            assertThat(ana.getByText("Étape " + step + " sur 5")).isVisible();
            Locator choices = ana.getByRole(AriaRole.RADIO);
            if (choices.count() > 0) {
                choices.first().click();
            }
            if (step == 3) {
                // The tablet's Wi-Fi drops just as the answer is sent: nothing is lost, it arrives once back.
                assertThat(button(ana, "Valider")).isEnabled();
                ana.context().setOffline(true);
                button(ana, "Valider").click();
                ana.waitForTimeout(1_500);
                assertThat(ana.getByText("Ta réponse est enregistrée.")).hasCount(0);
                ana.context().setOffline(false);
                assertThat(ana.getByText("Ta réponse est enregistrée."))
                        .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                                .setTimeout(30_000));
            } else {
                button(ana, "Valider").click();
            }
            assertThat(ana.locator(".cn-verdict")).isVisible();
            button(ana, step == 5 ? "Terminer" : "Suivant").click();
        }
        assertThat(ana.locator(".cn-task-done")).containsText("✅ Terminé");
        assertThat(ana.locator(".cn-task-done")).containsText("5 activités faites sur 5");

        // At a glance: Ana finished but got most questions wrong; Ben is late.
        teacher.reload();
        Locator grid = teacher.locator("vaadin-grid.cn-progress-grid");
        assertThat(grid).containsText("5 sur 5 faites");
        assertThat(grid).containsText("⚠ En difficulté");
        assertThat(grid).containsText("0 sur 5 faites");
        assertThat(grid).containsText("⏰ En retard");
        assertAccessible(teacher);

        Page parent = tabletPortrait();
        login(parent, "paul@assign.test", PASSWORD);
        assertThat(parent.locator(".cn-child")).containsText("Ana S.");
        assertThat(parent.locator(".cn-child")).containsText("Un mot de passe solide");
        assertThat(parent.locator(".cn-child")).containsText("✅ Terminé");
        // The module counts in its DigComp area (Sécurité) on the parent's chart.
        // It was all learnt in the last four weeks, and the finished module is among her achievements.
        assertThat(parent.locator(".cn-competence-chart [role=img]"))
                .hasAttribute(
                        "aria-label",
                        java.util.regex.Pattern.compile(
                                ".*4 Sécurité, ([2-5]) sur [0-9]+, dont \\1 de plus en 4 semaines.*"));
        // Competence by competence, folded under the chart: the password questions work on 4.1.
        parent.getByText("Détail par compétence").click();
        assertThat(parent.locator(".cn-competence-details"))
                .containsText(java.util.regex.Pattern.compile("4\\.1 Protéger les appareils : [1-4] sur 4"));
        assertThat(parent.locator(".cn-achievements"))
                .containsText(java.util.regex.Pattern.compile(
                        "Un mot de passe solide — terminé le .* \\([0-3] sur 3 points\\)"));
        assertAccessible(parent);
    }

    private static Account account(
            String id, Role role, String name, String login, String hash, List<String> classIds) {
        return new Account(id, "as", role, name, login, hash, Locale.FRENCH, classIds, true);
    }
}
