package app.baton.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.baton.E2ETestBase;
import app.baton.TestFixtures;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A person whose session ended on the server — away too long, or the replica that held it stopped and the load
 * balancer sent them to another — is told so in their language at their next tap, and that tap takes them to the
 * sign-in page (issue 16). Losing the session is played by the browser forgetting its session cookie.
 */
class SessionEndedE2EIT extends E2ETestBase {

    @Autowired
    Companies companies;

    @Test
    void the_next_tap_after_the_session_ended_says_so_and_leads_to_sign_in() {
        Company c = companies.create("ended");
        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT, "zh-TW")) {
            Page page = phone.newPage();
            signIn(page, c.founder().email(), TestFixtures.PASSWORD);
            settled(page);
            phone.clearCookies();

            // the next tap that asks the server anything: another page from the menu
            page.locator("vaadin-drawer-toggle").click();
            page.locator("vaadin-side-nav-item").nth(1).click();
            Locator notice = page.locator(".v-system-error");
            assertThat(notice).containsText("工作階段已結束");
            assertThat(notice).containsText("請點這裡重新登入");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("session-ended-phone-zh.png")));

            notice.click();
            page.waitForURL(url -> url.contains("/login"));
            assertThat(page.locator("input[name='username']")).isVisible();
        }
    }
}
