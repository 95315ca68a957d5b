package be.classenumerique.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** A pupil orders steps with buttons, matches words with lists and fills blanks, on a tablet, axe-clean. */
class QuestionTypesInBrowserTest extends BrowserTest {

    @Test
    void aPupilAnswersOrderingMatchingAndBlanks() {
        Page pupil = tabletPortrait();
        login(pupil, "adam.k", PASSWORD);
        link(pupil, "Pas à pas, comme un robot").click();
        // The lesson's picture comes from the pack, with its alt text, and really loads.
        Locator robot = pupil.getByAltText("Un petit robot bleu aux yeux ronds, avec une antenne");
        assertThat(robot).isVisible();
        org.assertj.core.api.Assertions.assertThat(pupil.request()
                        .get("/content-files/pas-a-pas/images/robot.svg")
                        .status())
                .isEqualTo(200);
        pupil.waitForFunction("image => image.complete && image.naturalWidth > 0", robot.elementHandle());
        // A pupil who does not read yet listens to the page: the recording plays in the browser.
        Locator player = pupil.getByLabel("Écouter la page");
        assertThat(player).hasAttribute("src", "/content-files/pas-a-pas/audio/algorithme.ogg");
        pupil.evalOnSelector("audio", "audio => audio.load()");
        pupil.waitForFunction("audio => audio.readyState >= 1 && audio.duration > 30", player.elementHandle());
        assertAccessible(pupil);
        button(pupil, "Suivant").click();

        assertThat(pupil.getByText("Étape 2 sur 4")).isVisible();
        Locator items = pupil.locator(".cn-ordering .cn-item");
        assertThat(items).hasCount(4);
        String firstBefore = items.first().textContent();
        pupil.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Descendre « " + firstBefore + " »"))
                .click();
        assertThat(items.nth(1)).hasText(firstBefore);
        assertAccessible(pupil);
        button(pupil, "Valider").click();
        assertThat(pupil.locator(".cn-verdict")).isVisible();
        button(pupil, "Suivant").click();

        assertThat(pupil.getByText("Étape 3 sur 4")).isVisible();
        choose(
                pupil,
                pupil.getByLabel("Algorithme", new Page.GetByLabelOptions().setExact(true)),
                "Une suite d’étapes dans l’ordre");
        choose(
                pupil,
                pupil.getByLabel("Programme", new Page.GetByLabelOptions().setExact(true)),
                "Un algorithme écrit pour un ordinateur");
        choose(
                pupil,
                pupil.getByLabel("Bug", new Page.GetByLabelOptions().setExact(true)),
                "Une erreur dans un programme");
        assertAccessible(pupil);
        button(pupil, "Valider").click();
        assertThat(pupil.getByText("✓ Réussi")).isVisible();
        button(pupil, "Suivant").click();

        assertThat(pupil.getByText("Étape 4 sur 4")).isVisible();
        pupil.getByLabel("Trou 1").fill("Ordre");
        pupil.getByLabel("Trou 2").fill("bogue");
        assertAccessible(pupil);
        button(pupil, "Valider").click();
        assertThat(pupil.getByText("✓ Réussi")).isVisible();
    }
}
