package be.classenumerique.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The platform admin sees every plugin and what it adds; the health endpoint reports the same. */
class PluginsPageTest extends BrowserTest {

    @Test
    void thePlatformAdminSeesTheBundledPluginRunning() {
        Page admin = tabletLandscape();
        login(admin, "plateforme@classe-numerique.demo", PASSWORD);

        assertThat(admin.getByRole(
                        com.microsoft.playwright.options.AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Extensions").setExact(true)))
                .isVisible();
        assertThat(admin.getByText("Aucune extension n’ajoute de permission.")).isVisible();
        var grid = admin.locator("vaadin-grid.cn-plugins-grid");
        assertThat(grid.getByText("cyberharassment", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(grid.getByText("Active")).isVisible();
        assertThat(grid.getByText("ContentPack: be.classenumerique.plugins.cyberharassment.AwarenessPack"))
                .isVisible();
        assertThat(admin.getByText("Tous les contenus ont été chargés (4 modules)."))
                .isVisible();
        assertAccessible(admin);
    }

    @Test
    void theHealthEndpointNamesTheStoreAndCounts() {
        APIResponse health = tabletLandscape().request().get("/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text())
                .contains("\"status\":\"UP\"")
                .contains("\"store\":\"embedded\"")
                .contains("\"plugins\":1")
                .contains("\"modules\":4");
    }
}
