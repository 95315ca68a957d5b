package be.classenumerique.app.browser;

import be.classenumerique.app.browser.ProductTour.Person;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The screenshot command ({@code ./mvnw -B -Pscreens verify}): walks every screen as each demo person at
 * the three sizes we support and writes full-page PNGs to {@code platform/app/target/screens/<size>/}, so
 * anyone can look at the product in a minute. It checks nothing; {@link ScreensFitTest} does.
 */
@Tag("screens")
class ProductScreens extends BrowserTest {

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @CsvSource({
        "VISITOR,768,1024", "VISITOR,1024,768", "VISITOR,1280,800",
        "YOUNG_PUPIL,768,1024", "YOUNG_PUPIL,1024,768", "YOUNG_PUPIL,1280,800",
        "PUPIL,768,1024", "PUPIL,1024,768", "PUPIL,1280,800",
        "TEACHER,768,1024", "TEACHER,1024,768", "TEACHER,1280,800",
        "PARENT,768,1024", "PARENT,1024,768", "PARENT,1280,800",
        "SCHOOL_ADMIN,768,1024", "SCHOOL_ADMIN,1024,768", "SCHOOL_ADMIN,1280,800",
        "PLATFORM_ADMIN,768,1024", "PLATFORM_ADMIN,1024,768", "PLATFORM_ADMIN,1280,800"
    })
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
