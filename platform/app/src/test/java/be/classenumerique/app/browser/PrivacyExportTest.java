package be.classenumerique.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A school admin answers a privacy request: one pupil's data, machine-readable and readable. */
class PrivacyExportTest extends BrowserTest {

    @Test
    void theAdminExportsEverythingAboutAPupilAsJson() throws Exception {
        Page admin = tabletLandscape();
        login(admin, "direction@tilleuls.demo", PASSWORD);
        link(admin, "Vie privée").click();
        assertThat(heading(admin, "Demandes liées à la vie privée")).isVisible();
        assertAccessible(admin);

        admin.getByLabel("Personne").fill("Léa");
        admin.getByRole(com.microsoft.playwright.options.AriaRole.OPTION)
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Léa D. (élève)"))
                .click();
        Download download = admin.waitForDownload(
                () -> link(admin, "Exporter ses données (JSON)").click());

        String json = Files.readString(download.path());
        JsonNode export = JsonMapper.builder().build().readTree(json);
        assertThat(export.get("person").get("displayName").asString()).isEqualTo("Léa D.");
        assertThat(export.get("classes").get(0).get("name").asString()).isEqualTo("5e primaire A");
        assertThat(export.get("guardians").get(0).get("displayName").asString()).isEqualTo("Marc Dumont");
        assertThat(export.get("signIn").get("secret").asString()).isEqualTo("WORDS");
        assertThat(export.has("answers")).isTrue();
        assertThat(export.has("plugins")).isTrue();
        assertThat(json).doesNotContain("{bcrypt}").doesNotContain("passwordHash");

        // The same content, readable, for the person who asked.
        Download readable = admin.waitForDownload(
                () -> link(admin, "Exporter ses données (PDF lisible)").click());
        try (PDDocument pdf = Loader.loadPDF(readable.path().toFile())) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains("Données personnelles — Léa D.")
                    .contains("Classes", "5e primaire A")
                    .contains("Parents liés", "Marc Dumont")
                    .contains("Secret : WORDS")
                    .contains("Réponses", "Données des extensions")
                    .doesNotContain("{bcrypt}");
        }
    }

    @Test
    void theAdminErasesAPupilWhoseAnswersStayWithoutTheirName() {
        Page admin = tabletLandscape();
        login(admin, "direction@tilleuls.demo", PASSWORD);
        link(admin, "Vie privée").click();
        admin.getByLabel("Personne").fill("Lucas");
        admin.getByRole(com.microsoft.playwright.options.AriaRole.OPTION)
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Lucas V. (élève)"))
                .click();
        button(admin, "Effacer cette personne").click();
        button(admin, "Effacer définitivement Lucas V.").click();
        assertThat(admin.getByText("Lucas V. a été effacé·e.")).isVisible();
        assertAccessible(admin);

        link(admin, "Mes classes").click();
        link(admin, "5e primaire A").click();
        assertThat(admin.locator("vaadin-grid").getByText("Léa D.")).isVisible();
        assertThat(admin.getByText("Lucas V.")).hasCount(0);

        Page tablet = tabletPortrait();
        tablet.navigate("/classe/DEMP5A");
        assertThat(button(tablet, "Noah M.")).isVisible();
        assertThat(button(tablet, "Lucas V.")).hasCount(0);
    }
}
