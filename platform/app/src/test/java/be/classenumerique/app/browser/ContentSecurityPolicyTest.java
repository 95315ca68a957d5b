package be.classenumerique.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

/** The pages run under a Content-Security-Policy: Vaadin works, an injected script or handler does not run. */
class ContentSecurityPolicyTest extends BrowserTest {

    @Test
    void aScriptInjectedIntoAPageDoesNotRunWhileThePageKeepsWorking() {
        Page page = tabletLandscape();
        Response response = page.navigate("/login?adulte");
        assertThat(response.headerValue("Content-Security-Policy"))
                .contains("script-src 'self' 'nonce-")
                .contains("object-src 'none'")
                .contains("base-uri 'self'")
                .contains("frame-ancestors 'self'")
                .doesNotContain("'unsafe-inline' 'unsafe-eval'");
        assertThat(heading(page, "Connexion")).isVisible();

        page.evaluate("() => {"
                + " window.cnViolations = [];"
                + " document.addEventListener('securitypolicyviolation', e => window.cnViolations.push(e.violatedDirective));"
                + " const script = document.createElement('script');"
                + " script.textContent = 'window.cnInjected = true';"
                + " document.body.appendChild(script);"
                + " const image = document.createElement('img');"
                + " image.setAttribute('src', 'data:,');"
                + " image.setAttribute('onerror', 'window.cnHandler = true');"
                + " image.setAttribute('onload', 'window.cnHandler = true');"
                + " document.body.appendChild(image);"
                + " }");
        page.waitForFunction("() => window.cnViolations.length >= 2");

        assertThat(page.evaluate("() => window.cnInjected === undefined && window.cnHandler === undefined"))
                .isEqualTo(true);
        assertThat((java.util.List<?>) page.evaluate("() => window.cnViolations"))
                .allSatisfy(directive -> assertThat(directive.toString()).startsWith("script-src"));

        // Vaadin itself still answers: the form signs in.
        login(page, "t.martin@tilleuls.demo", PASSWORD);
        assertThat(heading(page, "Mes classes")).isVisible();
    }
}
