package be.classenumerique.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** A teacher makes a group inside a class, changes it and removes it. */
class ClassGroupsTest extends BrowserTest {

    @Test
    void aTeacherMakesChangesAndRemovesAGroup() {
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
