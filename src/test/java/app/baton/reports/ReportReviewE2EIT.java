package app.baton.reports;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.baton.E2EIT;
import app.baton.TestFixtures;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.ChannelService;
import app.baton.security.AccountService;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The agency (English, desktop) uploads a report with a red flag; the founder (Chinese, 390-px phone) asks about the
 * flag and requests clarification; the agency uploads a corrected version; the founder accepts it.
 */
class ReportReviewE2EIT extends E2EIT {

    @Autowired
    Companies companies;

    @Autowired
    EngagementService engagements;

    @Autowired
    ReviewService reviews;

    @Autowired
    ChannelService channels;

    @Autowired
    AccountService accounts;

    @Test
    void upload_flagged_clarify_correct_and_accept() throws Exception {
        Company company = companies.create("e2e-report");
        companies.run(company.vendor(), () -> accounts.updateMyProfile("Hua Wang", "en"));
        long engagementId = ReportFixtures.engagement(companies, company, engagements, channels)
                .id();
        YearMonth month =
                YearMonth.from(LocalDate.now(ZoneId.of("Asia/Taipei"))).minusMonths(1);
        Path dir = Files.createTempDirectory("reports");
        Path flagged = dir.resolve("bright-ads-" + month + ".csv");
        String clean = new String(ReportFixtures.month(month.toString(), 1, true), StandardCharsets.UTF_8);
        // one row claims more conversions than clicks
        Files.writeString(flagged, clean + month.atDay(28) + ",GOOGLE_ADS,Brand,5000,40,900,95,8000,2\n");
        Path corrected = dir.resolve("bright-ads-" + month + "-v2.csv");
        Files.writeString(corrected, clean);

        String versionUrl;
        try (BrowserContext desktop = newContext(1280, 900)) {
            Page page = desktop.newPage();
            signIn(page, company.vendor().email(), TestFixtures.PASSWORD);
            page.navigate(url("/engagements"));
            page.locator(".engagement-card", new Page.LocatorOptions().setHasText("Search and social"))
                    .click();
            page.waitForURL("**/engagements/" + engagementId);
            assertThat(page.getByText("Upload a monthly report").first()).isVisible();
            shot(page, "engagement-vendor-en-desktop");
            page.locator("vaadin-upload.metrics-upload input[type=file]").setInputFiles(flagged);
            page.waitForURL("**/reports/*");
            versionUrl = page.url();
            assertThat(page.getByText("more click-based conversions than clicks")
                            .first())
                    .isVisible();
            assertThat(page.getByText("Submitted").first()).isVisible();
            shot(page, "report-flagged-en-desktop");
        }

        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT)) {
            Page page = phone.newPage();
            signIn(page, company.founder().email(), TestFixtures.PASSWORD);
            page.locator("vaadin-drawer-toggle").click();
            page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("外包商與月報"))
                    .click();
            page.waitForURL("**/engagements");
            shot(page, "engagements-zh-phone");
            page.locator(".engagement-card").first().click();
            page.waitForURL("**/engagements/" + engagementId);
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "engagement-zh-phone");
            page.locator("a", new Page.LocatorOptions().setHasText("開啟"))
                    .first()
                    .click();
            page.waitForURL("**/reports/*");
            assertThat(page.getByText("轉換數大於點擊數").first()).isVisible();
            button(page, "詢問外包商").first().click();
            page.getByLabel("問題").fill("第 5 列的轉換為什麼比點擊多？");
            dialogButton(page, "送出問題").click();
            assertThat(page.getByText("已詢問").first()).isVisible();
            button(page, "請求說明").click();
            page.getByRole(AriaRole.DIALOG).getByLabel("理由").fill("請更正轉換數並重新上傳。");
            dialogButton(page, "請求說明").click();
            assertThat(page.locator(".baton-badge", new Page.LocatorOptions().setHasText("請求說明"))
                            .first())
                    .isVisible();
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "report-clarification-zh-phone");
        }

        try (BrowserContext desktop = newContext(1280, 900)) {
            Page page = desktop.newPage();
            signIn(page, company.vendor().email(), TestFixtures.PASSWORD);
            page.navigate(versionUrl);
            assertThat(page.getByText("第 5 列的轉換為什麼比點擊多？").first()).isVisible();
            assertThat(page.getByText("Clarification requested").first()).isVisible();
            button(page, "Answer").first().click();
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Answer"))
                    .fill("A duplicate pixel event; corrected.");
            dialogButton(page, "Send answer").click();
            page.locator("a", new Page.LocatorOptions().setHasText("Upload a corrected version"))
                    .click();
            page.waitForURL("**/engagements/" + engagementId);
            page.locator("vaadin-upload.metrics-upload input[type=file]").setInputFiles(corrected);
            page.waitForURL(url -> !url.equals(versionUrl) && url.contains("/reports/"));
            assertThat(page.getByText("Version 2").first()).isVisible();
            assertThat(page.getByText("No red flag").first()).isVisible();
            shot(page, "report-corrected-en-desktop");
        }

        String correctedUrl = versionUrl.substring(0, versionUrl.lastIndexOf('/') + 1)
                + companies
                        .as(company.founder(), () -> reviews.versions(engagementId))
                        .get(0)
                        .id();
        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT)) {
            Page page = phone.newPage();
            signIn(page, company.founder().email(), TestFixtures.PASSWORD);
            page.navigate(correctedUrl);
            assertThat(page.getByText("第 2 版").first()).isVisible();
            shot(page, "report-corrected-zh-phone");
            button(page, "接受").click();
            assertThat(page.locator(".baton-badge", new Page.LocatorOptions().setHasText("已接受"))
                            .first())
                    .isVisible();
            assertThat(page.getByText("A duplicate pixel event; corrected.").first())
                    .isVisible();
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "report-accepted-zh-phone");
        }

        var versions = companies.as(company.founder(), () -> reviews.versions(engagementId));
        assertThat(versions)
                .extracting(ReviewService.VersionSummary::status)
                .containsExactly(ReviewStatus.ACCEPTED, ReviewStatus.CLARIFICATION_REQUESTED);
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private static Locator dialogButton(Page page, String name) {
        return page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name));
    }
}
