package app.baton.notifications;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.baton.E2ETestBase;
import app.baton.MutableClock;
import app.baton.TestFixtures;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.security.AccountService;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * LINE in Chromium (decision 022): the founder connects the company's Official Account on a desktop; on a phone the
 * founder's profile shows the linking step with its QR code and code, LINE's webhook (signed as LINE signs it) links
 * them and the page updates by itself; the successor reads the same step in English on a phone. Screenshots go to
 * target/e2e.
 */
class LineE2EIT extends E2ETestBase {

    private static final String SECRET = "0123456789abcdef0123456789abcdef";

    @Autowired
    Companies companies;

    @Autowired
    AccountService accounts;

    @Autowired
    LineAccountService lineAccounts;

    @Autowired
    LineJobs jobs;

    @Autowired
    MutableClock clock;

    @Test
    void the_founder_connects_the_account_and_links_their_line_on_a_phone() throws Exception {
        FakeLine line = FakeLine.start();
        line.reset();
        Company c = companies.create("e2e-line");
        companies.run(c.successor(), () -> accounts.updateMyProfile("Chia-Ying Lin", "en"));

        try (BrowserContext desktop = newContext(1280, 900, "zh-TW")) {
            Page page = desktop.newPage();
            signIn(page, c.founder().email(), TestFixtures.PASSWORD);
            page.navigate(url("/line"));
            assertThat(page.getByText("LINE 官方帳號").first()).isVisible();
            page.getByLabel("Channel ID").fill("12ab");
            page.getByLabel("Channel secret").fill(SECRET);
            page.getByLabel("Channel access token（長期）").fill("e2eTokenAAAAAAAAAAAAAAAAAAAAAA" + c.id());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("連接"))
                    .click();
            assertThat(page.getByText("Channel ID 是 LINE Developers 後台顯示的數字（只有數字）。"))
                    .isVisible();
            page.getByLabel("Channel ID").fill("2001234567");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("連接"))
                    .click();
            assertThat(page.getByText("已連接：Baton 測試帳號（@baton-test）")).isVisible();
            assertThat(page.getByText("本月 Baton 已推播 0 則，方案上限 200 則")).isVisible();
            shot(page, "line-account-zh-desktop");
        }
        String webhook =
                companies.as(c.founder(), lineAccounts::account).orElseThrow().webhookUrl();
        String key = webhook.substring(webhook.lastIndexOf('/') + 1);

        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT, "zh-TW")) {
            Page page = phone.newPage();
            signIn(page, c.founder().email(), TestFixtures.PASSWORD);
            page.navigate(url("/line"));
            assertThat(page.getByText("已連接：Baton 測試帳號（@baton-test）")).isVisible();
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "line-account-zh-phone");

            page.navigate(url("/profile"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("連結我的 LINE"))
                    .click();
            assertThat(page.locator("img.line-qr")).isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("開啟 LINE")))
                    .hasAttribute(
                            "href",
                            java.util.regex.Pattern.compile(
                                    "^https://line\\.me/R/oaMessage/%40baton-test/\\?Baton%20\\d{4}%20\\d{4}$"));
            String message = page.locator(".line-code").textContent().strip();
            assertThat(message).matches("Baton \\d{4} \\d{4}");
            page.locator("img.line-qr").scrollIntoViewIfNeeded();
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "line-link-step-zh-phone");

            // the person sends the code in LINE; LINE calls the webhook, signed with the channel secret
            String body = FakeLine.textMessageEvent("Ue2efounder", message);
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(url("/line/webhook/" + key)))
                                    .header("Content-Type", "application/json")
                                    .header("x-line-signature", FakeLine.sign(SECRET, body))
                                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            jobs.processWebhookAt(clock.instant());
            // the page polls and shows the link without a reload
            assertThat(page.getByText("您的 LINE 已連結到「Baton 測試帳號」", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            assertThat(page.getByText("勿擾時段從")).isVisible();
            shot(page, "line-linked-zh-phone");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("儲存 LINE 設定"))
                    .scrollIntoViewIfNeeded();
            shot(page, "line-settings-zh-phone");
        }

        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT)) {
            Page page = phone.newPage();
            signIn(page, c.successor().email(), TestFixtures.PASSWORD);
            page.navigate(url("/profile"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link my LINE"))
                    .click();
            assertThat(page.locator("img.line-qr")).isVisible();
            assertThat(page.getByText(
                            "Send this message to Baton 測試帳號 (@baton-test), exactly as it is:",
                            new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "line-link-step-en-phone");
        }
    }
}
