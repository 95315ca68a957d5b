package be.classenumerique.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** A demo adult: who signs in, and their screens by name, in the order of their menu. */
    private record Adult(String login, Map<String, String> screens) {}

    private static final Map<Person, Adult> ADULTS = Map.of(
            Person.TEACHER,
            new Adult(
                    "t.martin@tilleuls.demo",
                    screens(
                            "classes", "/classes",
                            "class-p5a", "/classes/demo-tilleuls-p5a",
                            "class-p2c", "/classes/demo-tilleuls-p2c",
                            "catalogue", "/modules",
                            "write-module", "/modules/write",
                            "security", "/securite")),
            Person.PARENT,
            new Adult("parent.dumont@tilleuls.demo", screens("children", "/children", "security", "/securite")),
            Person.SCHOOL_ADMIN,
            new Adult(
                    "direction@tilleuls.demo",
                    screens(
                            "classes", "/classes",
                            "people", "/admin/personnes",
                            "families", "/admin/familles",
                            "import", "/admin/import",
                            "school-year", "/admin/annee",
                            "audit", "/admin/audit",
                            "privacy", "/admin/privacy",
                            "extensions", "/admin/plugins")),
            Person.PLATFORM_ADMIN,
            new Adult(
                    "plateforme@classe-numerique.demo",
                    screens("schools", "/admin/ecoles", "extensions", "/admin/plugins")));

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
                BrowserTest.signInWithWords(page, "DEMP5A", "Léa D.");
                settled(page, "home", atScreen);
                for (String module : PUPIL_MODULES) {
                    page.navigate("/learn/" + module);
                    walkSteps(page, module, atScreen);
                }
            }
            default -> {
                Adult adult = ADULTS.get(person);
                test.login(page, adult.login(), BrowserTest.PASSWORD);
                adult.screens().forEach((name, path) -> stop(page, path, name, atScreen));
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

    /** @return screen names and their paths, given in pairs, kept in that order */
    private static Map<String, String> screens(String... namesAndPaths) {
        Map<String, String> screens = new LinkedHashMap<>();
        for (int i = 0; i < namesAndPaths.length; i += 2) {
            screens.put(namesAndPaths[i], namesAndPaths[i + 1]);
        }
        return screens;
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
