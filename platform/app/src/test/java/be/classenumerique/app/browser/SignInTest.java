package be.classenumerique.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** Signing in: a translated refusal that gives nothing away, and a slow-down after repeated failures. */
class SignInTest extends BrowserTest {

    @Test
    void aWrongPasswordGetsOneTranslatedMessageForEveryCase() {
        Page page = tabletLandscape();
        page.navigate("/login");
        assertAccessible(page);

        login(page, "s.peeters@tilleuls.demo", "not-the-password");
        assertThat(page.getByText("L’identifiant ou le mot de passe n’est pas correct.", new Page.GetByTextOptions()))
                .isVisible();
        assertAccessible(page);

        login(page, "nobody@tilleuls.demo", "not-the-password");
        assertThat(page.getByText("L’identifiant ou le mot de passe n’est pas correct."))
                .isVisible();
    }

    @Test
    void repeatedFailuresLockTheAccountForAWhileEvenWithTheRightPassword() {
        Page page = tabletLandscape();
        for (int attempt = 0; attempt < 5; attempt++) {
            login(page, "zoe.l", "guess-" + attempt);
        }
        login(page, "zoe.l", PASSWORD);

        assertThat(page.getByText("Il y a eu trop d’essais.")).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error=throttled$"));
    }
}
