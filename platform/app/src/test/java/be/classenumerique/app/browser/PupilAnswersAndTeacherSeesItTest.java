package be.classenumerique.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The first vertical slice: a pupil answers the French module's question on a tablet and is graded by
 * the server; the class teacher then sees the attempt.
 */
class PupilAnswersAndTeacherSeesItTest extends BrowserTest {

    private static final String QUESTION = "Lequel de ces mots de passe est le plus solide ?";

    @Test
    void aPupilAnswersAndTheTeacherSeesTheAttempt() {
        Page pupil = tabletPortrait();
        login(pupil, "lea.d", PASSWORD);
        assertThat(heading(pupil, "Bonjour Léa D. !")).isVisible();
        assertAccessible(pupil);

        link(pupil, "Un mot de passe solide").click();
        assertThat(pupil.getByText("Étape 1 sur 5")).isVisible();
        assertAccessible(pupil);
        Locator question = pupil.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName(QUESTION));
        while (!question.isVisible()) {
            button(pupil, "Suivant").click();
            pupil.waitForTimeout(100);
        }
        Locator validate = button(pupil, "Valider");
        assertThat(validate).isDisabled();

        question.getByText("azerty123").click();
        validate.click();
        assertThat(pupil.getByText("✗ À revoir")).isVisible();

        question.getByText("girafe-violon-nuage-tartine").click();
        validate.click();
        assertThat(pupil.getByText("✓ Réussi")).isVisible();
        assertThat(pupil.getByText("Ta réponse est enregistrée.")).isVisible();
        assertAccessible(pupil);

        Page teacher = tabletLandscape();
        login(teacher, "t.martin@tilleuls.demo", PASSWORD);
        assertThat(heading(teacher, "Mes classes")).isVisible();
        assertThat(teacher.getByText("1re secondaire B")).hasCount(0);
        assertAccessible(teacher);

        link(teacher, "5e primaire A").click();
        Locator grid = teacher.locator("vaadin-grid.cn-progress-grid");
        assertThat(grid).isVisible();
        assertThat(grid.getByText("Léa D.")).isVisible();
        assertThat(grid.getByText("✓ Réussi")).isVisible();
        assertAccessible(teacher);

        button(teacher, "Réponses de Léa D.").click();
        Locator dialog = teacher.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("girafe-violon-nuage-tartine — choisi par l’élève — bonne réponse"))
                .isVisible();
        assertThat(dialog.getByText("2 essais")).isVisible();
        assertAccessible(teacher);
    }
}
