package app.baton;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of end-to-end journeys in real headless Chromium; screenshots go to {@code target/e2e/}. */
public abstract class E2EIT extends WebIT {

    protected static final Path SHOTS = Path.of("target", "e2e");
    protected static final int PHONE_WIDTH = 390;
    protected static final int PHONE_HEIGHT = 844;

    private static Playwright playwright;
    protected static Browser browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        Browsers.chromium();
        Files.createDirectories(SHOTS);
        // the first page of a fresh JVM in dev mode can take longer than Playwright's 5 s default
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Browsers.playwright();
        browser = Browsers.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A fresh browser profile (no cookies) with the given window size. */
    protected static BrowserContext newContext(int width, int height) {
        BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(width, height).setLocale("en-US"));
        context.setDefaultTimeout(60_000);
        return context;
    }

    /** Signs in on the sign-in page and waits for the app frame (or the company choice). */
    protected void signIn(Page page, String email, String password) {
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(email);
        page.locator("input[name='password']").fill(password);
        page.locator("vaadin-button[slot='submit']").click();
        page.waitForSelector(
                ".navbar-company, .company-card",
                new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
    }

    protected static void shot(Page page, String name) {
        page.waitForTimeout(300);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    protected static boolean scrollsSideways(Page page) {
        return Boolean.TRUE.equals(page.evaluate("document.documentElement.scrollWidth > window.innerWidth"));
    }
}
