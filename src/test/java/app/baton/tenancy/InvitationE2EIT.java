package app.baton.tenancy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.baton.E2ETestBase;
import app.baton.TestFixtures;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.security.AccountService;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A founder (reading English) invites a successor through the dialog; the successor opens the link on a phone
 * (in Traditional Chinese), creates the account, signs in and lands in the company. Screenshots in target/e2e.
 */
class InvitationE2EIT extends E2ETestBase {

    @Autowired
    Companies companies;

    @Autowired
    AccountService accounts;

    @Test
    void founder_invites_and_the_new_successor_joins_from_a_phone() throws Exception {
        Company company = companies.create("e2e-invite");
        companies.run(company.founder(), () -> accounts.updateMyProfile("Chih-Ming Lin", "en"));
        String invitee = "heir-" + company.id() + "@test.example";

        String link;
        try (BrowserContext desktop = newContext(1280, 860)) {
            desktop.setDefaultTimeout(WAIT.toMillis());
            Page page = desktop.newPage();
            signIn(page, company.founder().email(), TestFixtures.PASSWORD);
            page.navigate(url("/members"));
            assertThat(page.locator("h2", new Page.LocatorOptions().setHasText("Members & invitations")))
                    .isVisible();
            button(page, "Invite member").click();
            page.locator("vaadin-email-field input").fill("not-an-email");
            button(page, "Create invitation link").click();
            assertThat(page.getByText("Enter a valid e-mail address").first()).isVisible();
            shot(page, "invite-refused-en-desktop");
            page.locator("vaadin-email-field input").fill(invitee);
            shot(page, "invite-dialog-en-desktop");
            button(page, "Create invitation link").click();
            page.waitForSelector(".invitation-link textarea");
            link = page.locator(".invitation-link textarea").inputValue();
            shot(page, "invite-link-en-desktop");
            button(page, "Done").click();
            assertThat(page.getByText(invitee).first()).isVisible();
            shot(page, "members-pending-en-desktop");
        }
        assertThat(link).contains("/invitations/" + company.id() + "-");
        String path = link.substring(link.indexOf("/invitations/"));

        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT)) {
            phone.setDefaultTimeout(WAIT.toMillis());
            Page page = phone.newPage();
            page.navigate(url(path));
            assertThat(page.getByText(company.name()).first()).isVisible();
            assertThat(page.getByText("創二代（接班人）").first()).isVisible();
            shot(page, "invitation-zh-phone");
            page.locator("vaadin-text-field input").fill("林佳穎");
            page.locator("vaadin-password-field input").nth(0).fill("short");
            page.locator("vaadin-password-field input").nth(1).fill("short");
            button(page, "建立帳號並加入").click();
            assertThat(page.getByText("密碼至少需要 12 個字元").first()).isVisible();
            shot(page, "invitation-error-zh-phone");
            page.locator("vaadin-password-field input").nth(0).fill(TestFixtures.PASSWORD);
            page.locator("vaadin-password-field input").nth(1).fill(TestFixtures.PASSWORD);
            button(page, "建立帳號並加入").click();
            page.waitForURL("**/login");
            signIn(page, invitee, TestFixtures.PASSWORD);
            assertThat(page.locator(".navbar-company")).hasText(company.name());
            assertThat(page.getByText("創二代（接班人）").first()).isAttached();
            shot(page, "new-successor-home-zh-phone");
            page.navigate(url(path));
            assertThat(page.getByText("這個邀請連結已失效").first()).isVisible();
        }
    }

    @Test
    void sign_up_reads_well_on_a_phone_and_finishes_from_the_mailed_link() {
        String email = "new-founder-" + java.util.UUID.randomUUID() + "@test.example";
        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT)) {
            Page page = phone.newPage();
            page.navigate(url("/sign-up"));
            assertThat(page.getByText("建立公司帳號").first()).isVisible();
            settled(page);
            // the fields sit in the middle, under the centred title, not against the left edge
            Object centred = page.evaluate("() => { const f = document.querySelector('.narrow-form vaadin-text-field')"
                    + ".getBoundingClientRect(); const b = document.querySelector('.wide-button')"
                    + ".getBoundingClientRect(); return Math.abs((f.left + f.right) / 2 - (b.left + b.right) / 2)"
                    + " < 4; }");
            org.assertj.core.api.Assertions.assertThat(centred).isEqualTo(true);
            shot(page, "sign-up-zh-phone");
            assertThat(scrollsSideways(page)).isFalse();
            // sent empty: each field says what it needs, in Chinese, beside itself
            button(page, "寄送連結給我").click();
            assertThat(page.getByText("請輸入公司名稱（最多 200 字）。").first()).isVisible();
            assertThat(page.getByText("請輸入有效的電子郵件地址，例如 name@example.com。").first())
                    .isVisible();
            shot(page, "sign-up-refused-zh-phone");
            page.locator("vaadin-text-field input").nth(0).fill("黃家餅舖");
            page.locator("vaadin-text-field input").nth(1).fill("黃大明");
            page.locator("vaadin-email-field input").fill(email);
            button(page, "寄送連結給我").click();
            // the same words whether or not the address has an account
            assertThat(page.locator(".sign-up-sent")).containsText(email);
            shot(page, "sign-up-check-mail-zh-phone");
        }
        String token = companyService.start(new CompanyService.SignUp("黃家餅舖", "黃大明", email, "zh-TW"));
        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT)) {
            Page page = phone.newPage();
            page.navigate(url("/sign-up/" + token));
            assertThat(page.getByText("以建立 黃家餅舖").first()).isVisible();
            page.locator("vaadin-password-field input").nth(0).fill(TestFixtures.PASSWORD);
            page.locator("vaadin-password-field input").nth(1).fill(TestFixtures.PASSWORD);
            button(page, "建立公司").click();
            // signed in at once: the new founder lands in their company without typing the address again
            assertThat(page.locator(".navbar-company")).hasText("黃家餅舖");
            assertThat(page.getByText("黃大明").first()).isVisible();
            shot(page, "sign-up-signed-in-zh-phone");
        }
    }

    @Autowired
    CompanyService companyService;

    private static com.microsoft.playwright.Locator button(Page page, String name) {
        return page.getByRole(
                com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
