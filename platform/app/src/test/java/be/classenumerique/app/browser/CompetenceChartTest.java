package be.classenumerique.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The DigComp chart shows all five areas with their whole names, on a laptop as on a phone, with no box of
 * its own to scroll: a parent has no reason to look for a hidden fourth and fifth area.
 */
class CompetenceChartTest extends BrowserTest {

    private static final List<String> AREAS = List.of(
            "Littératie de l’information et des données",
            "Communication et collaboration",
            "Création de contenus numériques",
            "Sécurité",
            "Résolution de problèmes");

    @Test
    void aParentSeesAllFiveAreasOnALaptop() {
        Page parent = open(1280, 800);
        login(parent, "parent.dumont@tilleuls.demo", PASSWORD);
        assertAllFiveAreasShow(parent);
        assertAccessible(parent);
    }

    @Test
    void aPupilSeesAllFiveAreasOnAPhone() {
        Page phone = open(390, 844);
        signInWithWords(phone, "DEMP5A", "Noah M.");
        assertAllFiveAreasShow(phone);
        assertAccessible(phone);
    }

    private static void assertAllFiveAreasShow(Page page) {
        Locator names = page.locator(".cn-chart-name");
        assertThat(names).hasCount(AREAS.size());
        for (int area = 0; area < AREAS.size(); area++) {
            Locator name = names.nth(area);
            name.scrollIntoViewIfNeeded();
            assertThat(name).isInViewport();
            assertThat(name).containsText(AREAS.get(area));
            assertThat(page.locator(".cn-chart-figures").nth(area)).isInViewport();
        }
        org.assertj.core.api.Assertions.assertThat(layoutProblems(page))
                .as("what does not fit on the screen")
                .isEmpty();
    }
}
