package be.classenumerique.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** A teacher finds a module in the catalogue although the search is misspelled and has no accents. */
class CatalogueSearchTest extends BrowserTest {

    @Test
    void aMisspelledSearchStillFindsTheModule() {
        Page teacher = tabletPortrait();
        login(teacher, "t.martin@tilleuls.demo", PASSWORD);
        teacher.navigate("/modules");
        assertThat(heading(teacher, "Catalogue des modules")).isVisible();
        assertAccessible(teacher);

        teacher.getByLabel("Rechercher un module").fill("harcelment");

        assertThat(heading(teacher, "Réagir face au cyberharcèlement")).isVisible();
        assertThat(heading(teacher, "Un mot de passe solide")).hasCount(0);
        assertAccessible(teacher);

        // Titles that complete the word being typed are suggested; one tap searches for it.
        teacher.getByLabel("Rechercher un module").fill("info ou in");
        Locator suggestions = teacher.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Suggestions :"));
        suggestions
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Info ou intox ?"))
                .click();
        assertThat(teacher.getByLabel("Rechercher un module")).hasValue("Info ou intox ?");
        assertThat(teacher.getByText("1 module", new Page.GetByTextOptions().setExact(true)))
                .isVisible();

        teacher.getByLabel("Rechercher un module").fill("\"*: AND (");
        assertThat(teacher.getByText("Aucun module ne correspond à cette recherche."))
                .isVisible();

        // The words found are marked; facets narrow the catalogue and say how many each choice keeps.
        teacher.getByLabel("Rechercher un module").fill("fausse information");
        assertThat(heading(teacher, "Info ou intox ?")).isVisible();
        assertThat(teacher.locator(".cn-mark").first()).hasText("fausse");
        teacher.getByLabel("Rechercher un module").fill("");
        assertThat(teacher.getByText("4 modules")).isVisible();
        choose(teacher, teacher.getByLabel("Domaine DigComp"), "4 Sécurité (2)");
        assertThat(teacher.getByText("2 modules")).isVisible();
        assertThat(heading(teacher, "Info ou intox ?")).hasCount(0);
        assertThat(heading(teacher, "Un mot de passe solide")).isVisible();
        assertAccessible(teacher);
    }
}
