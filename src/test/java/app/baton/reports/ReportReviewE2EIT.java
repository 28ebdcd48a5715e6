package app.baton.reports;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.baton.E2ETestBase;
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
class ReportReviewE2EIT extends E2ETestBase {

    @Autowired
    java.time.Clock clock;

    @Autowired
    Companies companies;

    @Autowired
    EngagementService engagements;

    @Autowired
    EngagementQueryService engagementQueries;

    @Autowired
    ReviewService reviews;

    @Autowired
    app.baton.reports.ReportVersionQueryService reportVersions;

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
        YearMonth month = YearMonth.from(LocalDate.now(clock.withZone(ZoneId.of("Asia/Taipei"))))
                .minusMonths(1);
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
            assertThat(page.getByText("By channel").first()).isVisible();
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
                        .as(company.founder(), () -> reportVersions.versions(engagementId))
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

        var versions = companies.as(company.founder(), () -> reportVersions.versions(engagementId));
        assertThat(versions)
                .extracting(VersionSummary::status)
                .containsExactly(ReviewStatus.ACCEPTED, ReviewStatus.CLARIFICATION_REQUESTED);
    }

    @Test
    void a_founder_creates_an_engagement_with_targets_and_the_agency_maps_its_layout() throws Exception {
        Company company = companies.create("e2e-engagement");
        companies.run(company.founder(), () -> accounts.updateMyProfile("Chih-Ming Lin", "en"));
        try (BrowserContext desktop = newContext(1280, 900)) {
            Page page = desktop.newPage();
            signIn(page, company.founder().email(), TestFixtures.PASSWORD);
            page.navigate(url("/engagements"));
            assertThat(page.getByText("No agency engagement yet").first()).isVisible();
            shot(page, "engagements-empty-en-desktop");
            button(page, "New engagement").click();
            page.waitForURL("**/engagements/new");
            Locator agency = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Agency"));
            agency.fill("Sunrise Media");
            agency.press("Enter");
            // a wrong input first: no name — the message stands next to the field, nothing is saved
            button(page, "Save engagement").click();
            assertThat(page.getByText("Enter a name (at most 200 characters).").first())
                    .isVisible();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/engagements/new$"));
            page.getByLabel("Engagement name", new Page.GetByLabelOptions().setExact(true))
                    .fill("Social ads");
            Locator scope = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Channels in scope"));
            scope.fill("Meta");
            page.locator("vaadin-multi-select-combo-box-item", new Page.LocatorOptions().setHasText("Meta Ads"))
                    .click();
            scope.press("Escape");
            page.getByLabel("Monthly fee", new Page.GetByLabelOptions().setExact(true))
                    .fill("25,000");
            page.getByLabel("Monthly media spend cap", new Page.GetByLabelOptions().setExact(true))
                    .fill("180,000");
            page.getByLabel("Deliverables", new Page.GetByLabelOptions().setExact(true))
                    .fill("Two campaigns a month");
            shot(page, "engagement-form-en-desktop");
            button(page, "Save engagement").click();
            page.waitForURL(url -> url.matches(".*/engagements/\\d+$"));
            assertThat(page.getByText("Sunrise Media").first()).isVisible();
            assertThat(page.getByText("Return on ad spend (ROAS) 3").first()).isVisible();
            assertThat(page.getByText("the 10th of the next month").first()).isVisible();
            shot(page, "engagement-created-en-desktop");
        }
        var created = companies.as(company.founder(), () -> engagementQueries.engagements());
        assertThat(created).singleElement().satisfies(e -> {
            assertThat(e.agencyName()).isEqualTo("Sunrise Media");
            assertThat(e.monthlyFee()).isEqualByComparingTo("25000");
            assertThat(e.mediaSpendCap()).isEqualByComparingTo("180000");
            assertThat(e.dueDay()).isEqualTo(10);
            assertThat(e.targets())
                    .singleElement()
                    .satisfies(t -> assertThat(t.kpi()).isEqualTo(EngagementKpi.ROAS));
        });

        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT)) {
            Page page = phone.newPage();
            companies.run(company.founder(), () -> accounts.updateMyProfile("Chih-Ming Lin", "zh-TW"));
            signIn(page, company.founder().email(), TestFixtures.PASSWORD);
            page.navigate(url("/engagements/new"));
            assertThat(page.getByText("KPI 目標").first()).isVisible();
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "engagement-form-zh-phone");
        }

        Path layout = Files.createTempDirectory("layout").resolve("our-weekly.csv");
        Files.writeString(layout, "Week,Ad group,Views,Taps,Spend (TWD),Sales\n2026-11-02,Winter,1000,40,1200,3\n");
        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT)) {
            Page page = phone.newPage();
            signIn(page, company.vendor().email(), TestFixtures.PASSWORD);
            page.navigate(url("/engagements/layout"));
            page.locator("vaadin-upload input[type=file]").setInputFiles(layout);
            assertThat(page.getByText("每一欄代表什麼？").first()).isVisible();
            shot(page, "layout-zh-phone");
        }
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private static Locator dialogButton(Page page, String name) {
        return page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name));
    }
}
