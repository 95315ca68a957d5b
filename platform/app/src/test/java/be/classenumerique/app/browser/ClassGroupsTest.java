package be.classenumerique.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A teacher makes groups inside a class, exports the results with them, changes and removes them. */
class ClassGroupsTest extends BrowserTest {

    @Test
    void aTeacherMakesChangesAndRemovesAGroup() throws Exception {
        Page teacher = tabletLandscape();
        login(teacher, "t.martin@tilleuls.demo", PASSWORD);
        link(teacher, "5e primaire A").click();
        assertThat(teacher.getByText("Pas encore de groupe dans cette classe.")).isVisible();

        button(teacher, "Nouveau groupe").click();
        Locator dialog = teacher.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Léa D.").check();
        dialog.getByLabel("Noah M.").check();
        button(teacher, "Enregistrer le groupe").click();
        assertThat(dialog.getByText("Donne un nom au groupe (60 caractères au plus)."))
                .isVisible();
        assertAccessible(teacher);
        dialog.getByLabel("Nom du groupe").fill("Lecteurs <b>rapides</b>");
        button(teacher, "Enregistrer le groupe").click();
        assertThat(teacher.getByText("Le groupe « Lecteurs <b>rapides</b> » est enregistré."))
                .isVisible();
        Locator card = teacher.locator(".cn-group");
        assertThat(card.getByRole(AriaRole.HEADING)).hasText("Lecteurs <b>rapides</b> · 2 élèves");
        assertThat(card.getByText("Léa D., Noah M.")).isVisible();
        assertAccessible(teacher);

        button(teacher, "Modifier le groupe Lecteurs <b>rapides</b>").click();
        dialog.getByLabel("Noah M.").uncheck();
        button(teacher, "Enregistrer le groupe").click();
        assertThat(card.getByRole(AriaRole.HEADING)).hasText("Lecteurs <b>rapides</b> · 1 élève");

        // The results open in a spreadsheet with the groups, and a formula-looking name stays text.
        button(teacher, "Nouveau groupe").click();
        dialog.getByLabel("Nom du groupe").fill("=cmd|' /C calc'!A0");
        dialog.getByLabel("Noah M.").check();
        button(teacher, "Enregistrer le groupe").click();
        assertThat(card).hasCount(2);
        Download download = teacher.waitForDownload(
                () -> link(teacher, "Exporter les résultats (CSV, tableur)").click());
        List<String> lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).startsWith("\uFEFFÉlève;Groupes;Bilan;En difficulté;");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Léa D.;Lecteurs <b>rapides</b>;"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Noah M.;'=cmd|' /C calc'!A0;"));
        button(teacher, "Supprimer le groupe =cmd|' /C calc'!A0").click();
        dialog.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Supprimer").setExact(true))
                .click();
        assertThat(card).hasCount(1);

        button(teacher, "Supprimer le groupe Lecteurs <b>rapides</b>").click();
        dialog.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Supprimer").setExact(true))
                .click();
        assertThat(teacher.getByText("Le groupe « Lecteurs <b>rapides</b> » est supprimé."))
                .isVisible();
        assertThat(card).hasCount(0);
    }
}
