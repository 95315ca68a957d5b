package be.classenumerique.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Every screen of the product as one demo person reaches it, in the order they would: the views of their
 * menu and, for a pupil, every step of every module they may do. Shared by the layout test, which checks
 * that each screen fits, and the screenshot command, which photographs each one.
 */
final class ProductTour {

    /** The demo people whose screens differ, each with how they sign in and what they open. */
    enum Person {
        VISITOR,
        YOUNG_PUPIL,
        PUPIL,
        TEACHER,
        PARENT,
        SCHOOL_ADMIN,
        PLATFORM_ADMIN
    }

    /** The shipped modules a P5 pupil may do, by the id in their address. */
    static final List<String> PUPIL_MODULES =
            List.of("pas-a-pas", "infos-ou-intox", "mots-de-passe-solides", "reagir-au-cyberharcelement");

    private final BrowserTest test;

    ProductTour(BrowserTest test) {
        this.test = test;
    }

    /**
     * Walks the person's screens on the page, calling {@code atScreen} with a short name once each has
     * settled.
     */
    void walk(Person person, Page page, BiConsumer<String, Page> atScreen) {
        switch (person) {
            case VISITOR -> {
                stop(page, "/login", "login", atScreen);
                stop(page, "/classe", "class-code", atScreen);
                stop(page, "/classe/DEMP2C", "pupil-names", atScreen);
                BrowserTest.button(page, "Tom B.").click();
                assertThat(BrowserTest.heading(page, "Bonjour Tom B. !")).isVisible();
                settled(page, "picture-secret", atScreen);
                stop(page, "/classe/DEMP5A", "pupil-names-older", atScreen);
                BrowserTest.button(page, "Léa D.").click();
                assertThat(page.getByLabel("Tes deux mots secrets")).isVisible();
                settled(page, "word-secret", atScreen);
                stop(page, "/parent", "parent-sign-up", atScreen);
                stop(page, "/mot-de-passe-oublie", "forgotten-password", atScreen);
            }
            case YOUNG_PUPIL -> {
                page.navigate("/classe/DEMP2C");
                BrowserTest.button(page, "Mia T.").click();
                BrowserTest.button(page, "Soleil").click();
                BrowserTest.button(page, "Chat").click();
                BrowserTest.button(page, "C’est moi !").click();
                assertThat(page).hasURL(Pattern.compile(".*/learn$"));
                settled(page, "home", atScreen);
            }
            case PUPIL -> {
                page.navigate("/classe/DEMP5A");
                BrowserTest.button(page, "Léa D.").click();
                page.getByLabel("Tes deux mots secrets").fill("lapin nuage");
                BrowserTest.button(page, "C’est moi !").click();
                assertThat(page).hasURL(Pattern.compile(".*/learn$"));
                settled(page, "home", atScreen);
                for (String module : PUPIL_MODULES) {
                    page.navigate("/learn/" + module);
                    walkSteps(page, module, atScreen);
                }
            }
            case TEACHER -> {
                test.login(page, "t.martin@tilleuls.demo", BrowserTest.PASSWORD);
                stop(page, "/classes", "classes", atScreen);
                stop(page, "/classes/demo-tilleuls-p5a", "class-p5a", atScreen);
                stop(page, "/classes/demo-tilleuls-p2c", "class-p2c", atScreen);
                stop(page, "/modules", "catalogue", atScreen);
                stop(page, "/modules/write", "write-module", atScreen);
                stop(page, "/securite", "security", atScreen);
            }
            case PARENT -> {
                test.login(page, "parent.dumont@tilleuls.demo", BrowserTest.PASSWORD);
                stop(page, "/children", "children", atScreen);
                stop(page, "/securite", "security", atScreen);
            }
            case SCHOOL_ADMIN -> {
                test.login(page, "direction@tilleuls.demo", BrowserTest.PASSWORD);
                stop(page, "/classes", "classes", atScreen);
                stop(page, "/admin/personnes", "people", atScreen);
                stop(page, "/admin/import", "import", atScreen);
                stop(page, "/admin/annee", "school-year", atScreen);
                stop(page, "/admin/audit", "audit", atScreen);
                stop(page, "/admin/privacy", "privacy", atScreen);
                stop(page, "/admin/plugins", "extensions", atScreen);
            }
            case PLATFORM_ADMIN -> {
                test.login(page, "plateforme@classe-numerique.demo", BrowserTest.PASSWORD);
                stop(page, "/admin/ecoles", "schools", atScreen);
                stop(page, "/admin/plugins", "extensions", atScreen);
            }
        }
    }

    /** Every step of the open module, from the first to the last, with "Suivant". */
    private static void walkSteps(Page page, String module, BiConsumer<String, Page> atScreen) {
        Locator step = page.locator(".cn-step");
        assertThat(step).isVisible();
        int steps = Integer.parseInt(step.textContent().replaceAll(".*\\D(\\d+)\\s*$", "$1"));
        for (int number = 1; number <= steps; number++) {
            assertThat(step).hasText(Pattern.compile(".*\\b" + number + "\\D+" + steps + "\\s*$"));
            settled(page, module + "-" + number, atScreen);
            if (number < steps) {
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Suivant"))
                        .click();
            }
        }
    }

    private static void stop(Page page, String path, String name, BiConsumer<String, Page> atScreen) {
        page.navigate(path);
        settled(page, name, atScreen);
    }

    private static void settled(Page page, String name, BiConsumer<String, Page> atScreen) {
        BrowserTest.waitUntilSettled(page);
        atScreen.accept(name, page);
    }
}
