package app.baton.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.baton.E2ETestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A founder who forgot the password asks for a link on a phone (in Chinese), sets a new one and signs in with it. */
class PasswordResetE2EIT extends E2ETestBase {

    @Autowired
    Companies companies;

    @Autowired
    PasswordResetService resets;

    @Test
    void a_forgotten_password_is_replaced_from_a_phone() throws Exception {
        Company c = companies.create("e2e-reset");
        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT)) {
            Page page = phone.newPage();
            page.navigate(url("/login"));
            page.locator("vaadin-login-form").getByText("忘記密碼").click();
            page.waitForURL("**/forgot-password");
            page.locator("vaadin-email-field input").fill(c.founder().email());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("寄出連結"))
                    .click();
            assertThat(page.locator(".reset-sent")).containsText(c.founder().email());
            org.assertj.core.api.Assertions.assertThat(scrollsSideways(page)).isFalse();
            shot(page, "forgot-password-zh-phone");

            String token = resets.issue(c.founder().email());
            page.navigate(url("/reset-password/" + token));
            page.locator("vaadin-password-field input").nth(0).fill("a-brand-new-passphrase-7");
            page.locator("vaadin-password-field input").nth(1).fill("something-else-entirely-8");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("儲存新密碼"))
                    .click();
            assertThat(page.getByText("兩次輸入的密碼不一致").first()).isVisible();
            page.locator("vaadin-password-field input").nth(1).fill("a-brand-new-passphrase-7");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("儲存新密碼"))
                    .click();
            assertThat(page.locator(".reset-done")).containsText("已登出");
            shot(page, "reset-password-done-zh-phone");

            page.navigate(url("/reset-password/" + token));
            assertThat(page.getByText("這個連結已過期或已使用過").first()).isVisible();
            signIn(page, c.founder().email(), "a-brand-new-passphrase-7");
            assertThat(page.locator(".navbar-company")).hasText(c.name());
        }
    }
}
