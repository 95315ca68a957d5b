package be.classenumerique.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
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

        teacher.getByLabel("Rechercher un module").fill("\"*: AND (");
        assertThat(teacher.getByText("Aucun module ne correspond à cette recherche."))
                .isVisible();
    }
}
