package be.classenumerique.app.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One Playwright and one Chromium for the whole test run. Uses the system's Chromium where there is one
 * (CI installs Debian's), else the browser Playwright manages on a machine that can download it.
 */
final class Browsers {

    private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");
    private static Browser browser;

    private Browsers() {}

    static synchronized Browser chromium() {
        if (browser == null) {
            boolean system = Files.isExecutable(SYSTEM_CHROMIUM);
            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(system ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of()));
            BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                    .setHeadless(true)
                    .setArgs(List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run"));
            if (system) {
                options.setExecutablePath(SYSTEM_CHROMIUM);
            }
            browser = playwright.chromium().launch(options);
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        }
        return browser;
    }
}
