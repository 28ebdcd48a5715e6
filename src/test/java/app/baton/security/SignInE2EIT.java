package app.baton.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.baton.E2ETestBase;
import app.baton.demo.DemoData;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each demo role signs in in real headless Chromium and sees what that role may use, in Traditional Chinese;
 * screenshots (desktop and a 390-pixel phone) land in {@code target/e2e/}.
 */
class SignInE2EIT extends E2ETestBase {

    @Autowired
    DemoData demoData;

    private BrowserContext context;
    private Page page;

    @BeforeEach
    void seedAndOpen() {
        demoData.seed();
        context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 860).setLocale("en-US"));
        context.setDefaultTimeout(WAIT.toMillis());
        page = context.newPage();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void founder_sees_members_and_audit_and_the_company_name() {
        signIn(DemoData.FOUNDER);
        assertThat(page.locator(".navbar-company")).hasText("林記食品");
        List<String> nav = navItems();
        // API tokens are for the company's people too since issue 14 (uploading the shop's sales)
        assertThat(nav).contains("首頁", "成員與邀請", "稽核紀錄", "自家銷售資料", "API 權杖");
        shot("founder-home-desktop");

        page.navigate(url("/members"));
        assertThat(page.getByText(DemoData.SUCCESSOR).first()).isVisible();
        assertThat(page.getByText(DemoData.VENDOR).first()).isVisible();
        shot("founder-members-desktop");

        page.navigate(url("/audit"));
        assertThat(page.locator("vaadin-grid")).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("登入"))
                        .first())
                .isVisible();
        shot("founder-audit-desktop");

        page.setViewportSize(390, 844);
        page.navigate(url("/"));
        assertThat(page.locator(".navbar-company")).hasText("林記食品");
        shot("founder-home-phone");
        page.navigate(url("/members"));
        assertThat(page.getByText(DemoData.SUCCESSOR).first()).isVisible();
        shot("founder-members-phone");
        assertThat(scrollsSideways(page))
                .as("no horizontal scrolling on a phone")
                .isFalse();
    }

    @Test
    void successor_sees_no_member_management_and_is_refused_it_by_url() {
        signIn(DemoData.SUCCESSOR);
        assertThat(page.locator(".navbar-company")).hasText("林記食品");
        List<String> nav = navItems();
        assertThat(nav).contains("首頁", "自家銷售資料", "API 權杖").doesNotContain("成員與邀請", "稽核紀錄");
        shot("successor-home-desktop");
        page.navigate(url("/members"));
        assertThat(page.getByText("您沒有權限開啟這個頁面")).isVisible();
        shot("successor-members-denied");
    }

    @Test
    void vendor_chooses_between_the_two_companies_it_serves() {
        signIn(DemoData.VENDOR);
        assertThat(page.locator(".company-card")).hasCount(2);
        shot("vendor-select-company-desktop");
        page.setViewportSize(390, 844);
        shot("vendor-select-company-phone");
        page.setViewportSize(1280, 860);
        page.locator(".company-card", new Page.LocatorOptions().setHasText("林記食品"))
                .click();
        page.waitForSelector(
                ".navbar-company", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
        assertThat(page.locator(".navbar-company")).hasText("林記食品");
        List<String> nav = navItems();
        assertThat(nav).contains("API 權杖").doesNotContain("成員與邀請", "稽核紀錄", "自家銷售資料");
        assertThat(page.getByText("陳家茶行").first()).isVisible();
        shot("vendor-home-desktop");

        page.navigate(url("/api-tokens"));
        page.locator("vaadin-text-field input").fill("月報自動上傳");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("建立權杖"))
                .click();
        page.waitForSelector(".token-value textarea");
        String token = page.locator(".token-value textarea").inputValue();
        // the dialog says where the API is (this host, not localhost:8080) and copies the token in one tap
        assertThat(page.locator(".api-address").textContent()).contains(url("/api/v1/"));
        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("複製"))
                .click();
        assertThat(page.evaluate("() => navigator.clipboard.readText()")).isEqualTo(token);
        shot("vendor-token-created-desktop");
        assertThat(token).startsWith("baton_");
        var me = page.request()
                .get(
                        url("/api/v1/me"),
                        com.microsoft.playwright.options.RequestOptions.create()
                                .setHeader("Authorization", "Bearer " + token));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text()).contains(DemoData.VENDOR).contains("林記食品");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("完成"))
                .click();

        page.navigate(url("/audit"));
        assertThat(page.getByText("您沒有權限開啟這個頁面")).isVisible();
    }

    @Test
    void sign_in_page_speaks_chinese_by_default_and_english_on_request_and_sign_out_ends_the_session() {
        page.navigate(url("/login"));
        assertThat(page.locator("vaadin-login-form")).containsText("登入");
        shot("login-zh-desktop");
        page.setViewportSize(390, 844);
        shot("login-zh-phone");
        page.getByText("English").click();
        assertThat(page.locator("vaadin-login-form")).containsText("Sign in");
        shot("login-en-phone");
        page.setViewportSize(1280, 860);
        shot("login-en-desktop");

        page.getByText("中文").click();
        assertThat(page.locator("vaadin-login-form")).containsText("登入");
        signIn(DemoData.FOUNDER);
        page.locator("vaadin-button.user-menu").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登出"))
                .click();
        page.waitForURL("**/login**");
        page.navigate(url("/members"));
        page.waitForURL("**/login**");
        assertThat(page.url()).contains("/login");
    }

    @Test
    void a_wrong_password_shows_a_clear_message_in_chinese() {
        page.navigate(url("/login"));
        page.locator("input[name='username']").fill(DemoData.FOUNDER);
        page.locator("input[name='password']").fill("not-the-password");
        page.locator("vaadin-button[slot='submit']").click();
        assertThat(page.getByText("電子郵件或密碼不正確")).isVisible();
        shot("login-error-zh");
    }

    private void signIn(String email) {
        signIn(page, email, DemoData.PASSWORD);
    }

    private List<String> navItems() {
        Locator items = page.locator("vaadin-side-nav-item");
        assertThat(items.first()).isAttached(new LocatorAssertions.IsAttachedOptions());
        return items.allTextContents().stream().map(String::trim).toList();
    }

    private void shot(String name) {
        shot(page, name);
    }
}
