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
public abstract class E2ETestBase extends WebTestBase {

    protected static final Path SHOTS = Path.of("target", "e2e");
    protected static final int PHONE_WIDTH = 390;
    protected static final int PHONE_HEIGHT = 844;

    /** The longest any single condition is waited for before a journey fails. */
    protected static final java.time.Duration WAIT = java.time.Duration.ofMinutes(3);

    private static Playwright playwright;
    protected static Browser browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        Browsers.chromium();
        Files.createDirectories(SHOTS);
        // Every wait is for a condition (an element, a text, the client going idle), never for a time; the bound is
        // generous because a busy 2-core machine building the dev bundle can take a minute for a first page.
        PlaywrightAssertions.setDefaultAssertionTimeout(WAIT.toMillis());
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

    /** A fresh browser profile (no cookies) with the given window size, in English. */
    protected static BrowserContext newContext(int width, int height) {
        return newContext(width, height, "en-US");
    }

    /** A fresh browser profile (no cookies) with the given window size and browser language. */
    protected static BrowserContext newContext(int width, int height, String locale) {
        BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(width, height).setLocale(locale));
        context.setDefaultTimeout(WAIT.toMillis());
        context.setDefaultNavigationTimeout(WAIT.toMillis());
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

    /**
     * Waits until the page has loaded its fonts and Vaadin's client has no request in flight: the server's answer to
     * the last click or navigation is on the screen.
     */
    protected static void settled(Page page) {
        page.waitForFunction(
                "() => document.readyState === 'complete' && document.fonts.status === 'loaded'"
                        + " && !(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive()))",
                null,
                new Page.WaitForFunctionOptions().setTimeout(WAIT.toMillis()));
    }

    /** Runs an action that reloads the page (a language change) and waits until the new page has loaded and settled. */
    protected static void reloadsAfter(Page page, Runnable action) {
        page.evaluate("() => { window.__batonBeforeReload = true; }");
        action.run();
        page.waitForFunction(
                "() => window.__batonBeforeReload === undefined && document.readyState === 'complete'",
                null,
                new Page.WaitForFunctionOptions().setTimeout(WAIT.toMillis()));
        settled(page);
    }

    protected static void shot(Page page, String name) {
        settled(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    protected static boolean scrollsSideways(Page page) {
        return Boolean.TRUE.equals(page.evaluate("document.documentElement.scrollWidth > window.innerWidth"));
    }
}
