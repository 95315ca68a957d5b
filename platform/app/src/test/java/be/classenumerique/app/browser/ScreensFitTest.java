package be.classenumerique.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.classenumerique.app.browser.ProductTour.Person;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every screen of every demo person fits a tablet held either way: nothing reaches past the screen's
 * sides, and nothing cuts off its own text in a box that is not meant to scroll — a long question, a
 * chart's fifth area, a name.
 */
class ScreensFitTest extends BrowserTest {

    @ParameterizedTest
    @EnumSource(Person.class)
    void everyScreenFitsAnUprightTablet(Person person) {
        assertEveryScreenFits(person, tabletPortrait());
    }

    @ParameterizedTest
    @EnumSource(Person.class)
    void everyScreenFitsASidewaysTablet(Person person) {
        assertEveryScreenFits(person, tabletLandscape());
    }

    private void assertEveryScreenFits(Person person, Page page) {
        List<String> problems = new ArrayList<>();
        new ProductTour(this)
                .walk(
                        person,
                        page,
                        (screen, settled) -> layoutProblems(settled)
                                .forEach(problem -> problems.add(screen + " (" + settled.url() + "): " + problem)));
        assertThat(problems).as("what does not fit on the screen").isEmpty();
    }
}
