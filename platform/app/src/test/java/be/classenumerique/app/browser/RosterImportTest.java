package be.classenumerique.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

/**
 * A school admin imports a class from the school software's CSV export: one bad line changes nothing;
 * once fixed, the class and its pupils appear; importing again adds nobody.
 */
class RosterImportTest extends BrowserTest {

    private static final String FILE = "Classe;Niveau;Prénom;Nom;Année de naissance;E-mail des parents\r\n"
            + "4e primaire B;P4;Amélie;Lambert;2017;famille.lambert@example.test\r\n"
            + "4e primaire B;P4;Yanis;Haddad;20177;\r\n"
            + "4e primaire B;P4;Chloé;Willems;2017;\r\n";

    @Test
    void oneBadLineChangesNothingThenTheFixedFileImports() throws Exception {
        Page admin = tabletLandscape();
        login(admin, "direction@tilleuls.demo", PASSWORD);
        link(admin, "Importer des élèves").click();
        assertThat(heading(admin, "Importer des élèves")).isVisible();
        assertAccessible(admin);

        upload(admin, FILE);
        assertThat(admin.getByText("3 lignes lues (encodage windows-1252")).isVisible();
        button(admin, "Vérifier les lignes").click();
        assertThat(admin.locator(".cn-import-summary")).containsText("1 ligne à corriger");
        assertThat(admin.getByText("L’année de naissance n’est pas plausible.")).isVisible();
        assertThat(button(admin, "Importer")).isDisabled();
        assertAccessible(admin);

        link(admin, "Mes classes").click();
        assertThat(heading(admin, "Mes classes")).isVisible();
        assertThat(link(admin, "4e primaire B")).hasCount(0);

        link(admin, "Importer des élèves").click();
        assertThat(heading(admin, "Importer des élèves")).isVisible();
        upload(admin, FILE.replace("20177", "2017"));
        button(admin, "Vérifier les lignes").click();
        assertThat(admin.locator(".cn-import-summary")).containsText("3 nouveaux élèves");
        button(admin, "Importer").click();
        assertThat(admin.getByText("Import terminé : 3 élèves ajoutés")).isVisible();
        assertThat(admin.getByText("1 invitation envoyée par e-mail à un parent."))
                .isVisible();
        assertThat((String)
                        TestMailServer.mailTo("famille.lambert@example.test").getContent())
                .contains("Amélie L.");

        link(admin, "Mes classes").click();
        link(admin, "4e primaire B").click();
        assertThat(admin.getByText("Niveau P4 · 3 élèves")).isVisible();
        assertThat(admin.locator("vaadin-grid").getByText("Yanis H.")).isVisible();

        link(admin, "Importer des élèves").click();
        assertThat(heading(admin, "Importer des élèves")).isVisible();
        upload(admin, FILE.replace("20177", "2017"));
        button(admin, "Vérifier les lignes").click();
        assertThat(admin.locator(".cn-import-summary")).containsText("aucun nouvel élève, 3 déjà présents");
    }

    private static void upload(Page page, String csv) {
        page.locator("vaadin-upload input[type=file]")
                .setInputFiles(
                        new FilePayload("eleves.csv", "text/csv", csv.getBytes(Charset.forName("windows-1252"))));
    }
}
