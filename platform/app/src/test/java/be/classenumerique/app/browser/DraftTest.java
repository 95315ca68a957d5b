package be.classenumerique.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** A pupil's answer not yet sent is kept: leaving the page and coming back loses nothing. */
class DraftTest extends BrowserTest {

    @Test
    void anAnswerNotYetSentIsThereAgainAfterLeavingThePage() {
        Page pupil = tabletPortrait();
        login(pupil, "emma.r", PASSWORD);
        // Suggested from her class's level, each module listed once on her home.
        assertThat(heading(pupil, "À découvrir ensuite")).isVisible();
        assertThat(link(pupil, "Info ou intox ?")).hasCount(1);
        link(pupil, "Info ou intox ?").click();
        button(pupil, "Suivant").click();
        assertThat(pupil.getByText("Étape 2 sur 5")).isVisible();
        pupil.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Faux"))
                .click();
        assertThat(pupil.getByText("Brouillon gardé")).isVisible();
        assertAccessible(pupil);

        pupil.reload();
        assertThat(pupil.getByText("Étape 1 sur 5")).isVisible();
        button(pupil, "Suivant").click();
        Locator no = pupil.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Faux"));
        assertThat(no).isChecked();
        button(pupil, "Valider").click();
        assertThat(pupil.getByText("✓ Réussi")).isVisible();
    }
}
