package be.classenumerique.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The school admin sees who looked at a class's pupils, and nobody else sees the log. */
class AuditLogTest extends BrowserTest {

    @Test
    void theSchoolAdminSeesThatATeacherReadTheClass() {
        Page teacher = tabletLandscape();
        login(teacher, "s.peeters@tilleuls.demo", PASSWORD);
        link(teacher, "1re secondaire B").click();
        assertThat(heading(teacher, "1re secondaire B")).isVisible();

        Page admin = tabletLandscape();
        login(admin, "direction@tilleuls.demo", PASSWORD);
        link(admin, "Journal des accès").click();
        Locator log = admin.locator("vaadin-grid");
        assertThat(log.getByText("a consulté la liste de la classe").first()).isVisible();
        assertThat(log.getByText("Sofie Peeters").first()).isVisible();
        assertAccessible(admin);

        teacher.navigate("/admin/audit");
        assertThat(heading(teacher, "Page introuvable")).isVisible();
    }
}
