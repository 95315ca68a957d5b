package be.classenumerique.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.classenumerique.app.seed.DemoSeeder;
import be.classenumerique.core.people.domain.Totp;
import be.classenumerique.core.people.service.AccountRepository;
import be.classenumerique.core.store.DocumentStore;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Browser tests: real Chromium against the real application on the embedded store with the demo school,
 * at tablet sizes. Every subclass shares one started application (same configuration, so Spring's test
 * context cache reuses it). A failing test leaves a screenshot in {@code target/playwright/}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"cn.data-dir=target/test-data/${random.uuid}", "cn.demo-seed=true", "cn.session-check-seconds=1"})
abstract class BrowserTest {

    static final String PASSWORD = DemoSeeder.DEMO_PASSWORD;
    /** The word secret of the demo's P5 and S1 pupils, as the README prints it. */
    static final String DEMO_WORDS = "lapin nuage";

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> TestMailServer.SERVER.getSmtp().getPort());
        registry.add("cn.mail.from", () -> "ecole@classe-numerique.test");
    }

    @Autowired
    AccountRepository accounts;

    @Autowired
    DocumentStore store;

    private final List<BrowserContext> contexts = new ArrayList<>();
    private Page lastPage;

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && lastPage != null && !lastPage.isClosed()) {
            lastPage.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(Path.of(
                            "target", "playwright", context.getDisplayName().replaceAll("\\W+", "_") + ".png")));
        }
    };

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    /** A pupil's tablet held upright. */
    Page tabletPortrait() {
        return open(768, 1024);
    }

    /** A teacher's tablet held sideways. */
    Page tabletLandscape() {
        return open(1024, 768);
    }

    /** A browser window of the given size, with touch, in Belgian French. */
    Page open(int width, int height) {
        Browser browser = Browsers.chromium();
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setHasTouch(true)
                .setLocale("fr-BE")
                .setBaseURL("http://localhost:" + port));
        context.setDefaultTimeout(15_000);
        contexts.add(context);
        lastPage = context.newPage();
        return lastPage;
    }

    /**
     * Signs in through the login page and waits for the first screen: types the code of the person's
     * authenticator app when asked, and sets one up when an admin without one is sent to do so.
     */
    void login(Page page, String loginName, String password) {
        page.navigate("/login");
        page.getByLabel("Identifiant ou adresse e-mail").fill(loginName);
        page.getByLabel("Mot de passe").fill(password);
        button(page, "Se connecter").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        if (page.url().endsWith("/login/code")) {
            page.getByLabel("Code à 6 chiffres").fill(nextCode(loginName));
            button(page, "Vérifier").click();
            page.waitForURL(url -> !url.endsWith("/login/code"));
            page.waitForLoadState(LoadState.NETWORKIDLE);
        }
        if (page.url().endsWith("/securite")) {
            setUpSecondFactor(page);
            page.waitForURL(url -> !url.endsWith("/securite"));
        }
    }

    /**
     * Signs a pupil of a class with word secrets in as on a shared tablet: the class code, a tap on the
     * name, the demo's two words; waits for the pupil's home.
     */
    static void signInWithWords(Page page, String classCode, String pupilName) {
        page.navigate("/classe/" + classCode);
        button(page, pupilName).click();
        page.getByLabel("Tes deux mots secrets").fill(DEMO_WORDS);
        button(page, "C’est moi !").click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page)
                .hasURL(java.util.regex.Pattern.compile(".*/learn$"));
    }

    /** On the security page: adds the shown key to a (simulated) authenticator app and confirms a code. */
    void setUpSecondFactor(Page page) {
        button(page, "Configurer mon application").click();
        String key = page.locator(".cn-key").textContent().replace(" ", "");
        page.getByLabel("Code à 6 chiffres")
                .fill(Totp.code(Totp.fromBase32(key), Totp.step(Instant.now().getEpochSecond())));
        button(page, "Activer").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    /**
     * What the person's authenticator app shows: the platform accepts each code once and the next step
     * early (a phone's clock may run ahead), so this waits only when both are used up.
     */
    String nextCode(String loginName) {
        String accountId = accounts.findByLoginName(loginName).orElseThrow().id();
        while (true) {
            Document factor = store.collection("second_factors")
                    .find(new Document("_id", accountId))
                    .first();
            byte[] key = Totp.fromBase32(factor.getString("key"));
            long lastUsed = factor.get("lastStep", Number.class).longValue();
            long now = Totp.step(Instant.now().getEpochSecond());
            for (long step = now; step <= now + 1; step++) {
                if (step > lastUsed) {
                    return Totp.code(key, step);
                }
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Opens a select or combo box, picks an option and waits until its list is gone: axe must never read
     * a list caught half-way through closing.
     */
    static void choose(Page page, Locator field, String option) {
        field.click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option))
                .click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.getByRole(AriaRole.LISTBOX))
                .hasCount(0);
    }

    static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
    }

    static Locator button(Page page, String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
    }

    /** WCAG 2.1 A and AA, as axe-core checks them, on the settled page: no violation at all. */
    void assertAccessible(Page page) {
        waitUntilSettled(page);
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        assertThat(results.getViolations())
                .as(() -> "axe violations on " + page.url() + ":\n" + describe(results.getViolations()))
                .isEmpty();
    }

    /**
     * Waits until the page is as the person will go on seeing it: no request pending, no Vaadin round-trip
     * under way, no overlay opening or closing, no animation running (except endless ones such as a
     * spinner), and all that for three frames in a row. A form waiting for the server, or a dialog fading
     * in or out, shows half-transparent text that would be read wrongly.
     */
    static void waitUntilSettled(Page page) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.evaluate("() => { window.__cnQuietFrames = 0; }");
        page.waitForFunction(SETTLED);
    }

    private static final String SETTLED = """
            () => {
              const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
              const serverBusy = !!clients && Object.values(clients).some(client => client.isActive && client.isActive());
              const moving = document.getAnimations().some(animation => animation.playState === 'running'
                  && animation.effect?.getTiming().iterations !== Infinity);
              const inTransition = element => element.hasAttribute('opening') || element.hasAttribute('closing')
                  || [...(element.shadowRoot ? element.shadowRoot.children : []), ...element.children].some(inTransition);
              const busy = serverBusy || moving || inTransition(document.body);
              window.__cnQuietFrames = busy ? 0 : (window.__cnQuietFrames || 0) + 1;
              return window.__cnQuietFrames >= 3;
            }""";

    /**
     * @return what on the settled page reaches past the screen's sides or is cut off in a box not meant to
     *     scroll, one line each; empty when everything fits
     */
    @SuppressWarnings("unchecked")
    static List<String> layoutProblems(Page page) {
        waitUntilSettled(page);
        return (List<String>) page.evaluate(LAYOUT_PROBLEMS);
    }

    private static final String LAYOUT_PROBLEMS = script("/browser/layout-problems.js");

    private static String script(String resource) {
        try (var in = BrowserTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " → "
                        + rule.getNodes().stream()
                                .map(node -> node.getTarget() + " " + node.getFailureSummary())
                                .collect(Collectors.joining("; ")))
                .collect(Collectors.joining("\n"));
    }
}
