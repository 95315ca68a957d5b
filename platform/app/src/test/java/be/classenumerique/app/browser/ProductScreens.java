package be.classenumerique.app.browser;

import be.classenumerique.app.browser.ProductTour.Person;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The screenshot command ({@code ./mvnw -B -Pscreens verify}): walks every screen as each demo person at
 * the three sizes we support and writes full-page PNGs to {@code platform/app/target/screens/<size>/}, so
 * anyone can look at the product in a minute. It checks nothing; {@link ScreensFitTest} does.
 */
@Tag("screens")
class ProductScreens extends BrowserTest {

    /** The sizes we support: a tablet held upright, held sideways, and a laptop. */
    private static final List<int[]> SIZES =
            List.of(new int[] {768, 1024}, new int[] {1024, 768}, new int[] {1280, 800});

    static Stream<Arguments> everyPersonAtEverySize() {
        return Stream.of(Person.values())
                .flatMap(person -> SIZES.stream().map(size -> Arguments.of(person, size[0], size[1])));
    }

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @MethodSource("everyPersonAtEverySize")
    void photographEveryScreen(Person person, int width, int height) {
        Path folder = Path.of("target", "screens", width + "x" + height);
        Page page = open(width, height);
        new ProductTour(this)
                .walk(
                        person,
                        page,
                        (screen, settled) -> settled.screenshot(new Page.ScreenshotOptions()
                                .setFullPage(true)
                                .setPath(folder.resolve(person.name().toLowerCase() + "-" + screen + ".png"))));
    }
}
