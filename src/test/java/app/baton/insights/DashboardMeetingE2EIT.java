package app.baton.insights;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.baton.E2ETestBase;
import app.baton.TestFixtures;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.BudgetFixtures;
import app.baton.experiments.ExperimentFixtures;
import app.baton.experiments.ExperimentService;
import app.baton.experiments.Proposal;
import app.baton.security.AccountService;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The founder (English, desktop) lands on the dashboard, switches a chart to its table, follows a figure to its rows,
 * holds the August review (records a decision on a pending request, opens a request from a suggestion, downloads
 * the pack as XLSX and PDF, closes the meeting with attendees) and exports the experiments; the successor (Chinese,
 * 390-px phone) reads the dashboard and the meeting page without sideways scrolling.
 */
class DashboardMeetingE2EIT extends E2ETestBase {

    @Autowired
    Companies companies;

    @Autowired
    InsightsFixtures.Services insights;

    @Autowired
    ExperimentService experiments;

    @Autowired
    AccountService accounts;

    @Test
    void dashboard_and_monthly_review() throws Exception {
        Company c = companies.create("e2e-dashboard");
        InsightsFixtures.Setup setup = InsightsFixtures.setUp(insights, c);
        companies.run(c.founder(), () -> accounts.updateMyProfile("Chih-Ming Lin", "en"));
        long requestId = InsightsFixtures.metaToGoogleRequest(insights, c, setup);
        companies.run(
                c.successor(),
                () -> experiments.create(new Proposal(
                        "=1+1 LINE friends",
                        "如果我們募集 LINE 好友，新客成本就會下降，因為好友名單比廣告便宜。",
                        setup.channel("LINE"),
                        app.baton.experiments.ExperimentMethod.PILOT,
                        InsightsFixtures.money(45_000),
                        LocalDate.of(InsightsFixtures.YEAR, 12, 1),
                        LocalDate.of(InsightsFixtures.YEAR, 12, 31),
                        ExperimentFixtures.proposal(new BudgetFixtures.ActivePlan(setup.planId(), setup.channels()), 1)
                                .metrics(),
                        null,
                        null)));

        try (BrowserContext desktop = newContext(1280, 900)) {
            Page page = desktop.newPage();
            signIn(page, c.founder().email(), TestFixtures.PASSWORD);
            page.waitForURL("**/dashboard");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboard")))
                    .isVisible();
            assertThat(page.locator("baton-chart[data-drawn='true'] svg").first())
                    .isVisible();
            assertThat(page.getByText("Waiting for me (2)")).isVisible();
            assertThat(page.getByText("Agencies side by side")).isVisible();
            shot(page, "dashboard-en-desktop");
            // the year, the period and the KPI are the browser's own selects (one element each on the server)
            page.getByLabel("KPI")
                    .first()
                    .selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
            assertThat(page.locator("baton-chart[data-drawn='true'] svg").first())
                    .isVisible();
            Locator period = page.getByLabel("Period", new Page.GetByLabelOptions().setExact(true));
            period.selectOption(
                    new com.microsoft.playwright.options.SelectOption().setLabel(english(InsightsFixtures.AUGUST)));
            page.waitForURL(address -> address.contains("/dashboard?") && address.contains("month="));
            settled(page);
            assertThat(page.getByLabel("Period", new Page.GetByLabelOptions().setExact(true)))
                    .not()
                    .hasValue("0");
            Object shown = page.getByLabel("Period", new Page.GetByLabelOptions().setExact(true))
                    .evaluate("s => s.options[s.selectedIndex].text");
            org.assertj.core.api.Assertions.assertThat(shown).isEqualTo(english(InsightsFixtures.AUGUST));
            shot(page, "dashboard-month-en-desktop");
            page.navigate(url("/dashboard"));
            settled(page);

            Locator byMonth =
                    page.locator(".chart-card", new Page.LocatorOptions().setHasText("Planned and actual by month"));
            byMonth.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Show as table"))
                    .click();
            assertThat(byMonth.locator("table.simple-table")).isVisible();
            assertThat(byMonth.locator("baton-chart")).isHidden();
            assertThat(byMonth.getByText(english(InsightsFixtures.AUGUST))).isVisible();
            byMonth.locator("table.simple-table").scrollIntoViewIfNeeded();
            shot(page, "dashboard-table-en-desktop");

            Locator pipeline = page.locator(".chart-card", new Page.LocatorOptions().setHasText("Experiment pipeline"));
            pipeline.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Show as table"))
                    .click();
            pipeline.locator("tr", new Locator.LocatorOptions().setHasText("Draft"))
                    .locator("a")
                    .first()
                    .click();
            page.waitForURL("**/experiments?status=DRAFT");
            // the list's states are drawn by the browser (StatusBadge.renderer), not kept as components per row
            assertThat(page.locator("vaadin-grid-cell-content .baton-badge.badge-neutral")
                            .first())
                    .hasText("Draft");
            assertThat(page.locator("vaadin-grid").getByText("=1+1 LINE friends"))
                    .isVisible();
            page.navigate(url("/dashboard"));
            settled(page);

            page.locator(".stat", new Page.LocatorOptions().setHasText("Actual"))
                    .locator("a")
                    .click();
            page.waitForURL("**/dashboard/sources**");
            assertThat(page.getByText("Accepted agency report").first()).isVisible();
            // the 5,000 entered by hand for August is the same media the accepted report states: shown, not counted
            assertThat(page.getByText("Entered on the plan — replaced by the accepted agency report")
                            .first())
                    .isVisible();
            assertThat(page.getByText("Agency fee").first()).isVisible();
            shot(page, "dashboard-sources-en-desktop");

            page.navigate(url("/meeting/" + InsightsFixtures.AUGUST));
            assertThat(page.getByText("Monthly budget review · " + english(InsightsFixtures.AUGUST)))
                    .isVisible();
            assertThat(page.getByText("Suggestions").first()).isVisible();
            Locator pending = page.locator(".meeting-item", new Page.LocatorOptions().setHasText("#" + requestId));
            pending.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record a decision"))
                    .click();
            page.getByRole(AriaRole.DIALOG)
                    .getByLabel("Decision")
                    .fill("#" + requestId + ": approve the move to Google Ads");
            page.getByRole(AriaRole.DIALOG)
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record"))
                    .click();
            assertThat(page.locator(".decision", new Page.LocatorOptions().setHasText("approve the move")))
                    .isVisible();

            Download xlsx = page.waitForDownload(
                    () -> page.getByText("Meeting pack (XLSX)").click());
            try (InputStream in = Files.newInputStream(xlsx.path());
                    ReadableWorkbook book = new ReadableWorkbook(in)) {
                List<String> names = book.getSheets().map(Sheet::getName).toList();
                assertThat(names).contains("Budget vs actual", "KPI attainment", "Suggestions", "Decisions");
            }
            Download pdf = page.waitForDownload(
                    () -> page.getByText("Meeting pack (PDF)").click());
            try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains("Monthly budget review", "approve the move to Google Ads");
            }

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close the meeting"))
                    .click();
            page.getByRole(AriaRole.DIALOG).getByLabel("Guests").fill("Hua Wang (Bright Ads)");
            page.getByRole(AriaRole.DIALOG)
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close the meeting"))
                    .click();
            assertThat(page.locator(".baton-badge", new Page.LocatorOptions().setHasText("Closed")))
                    .isVisible();
            assertThat(page.getByText("Hua Wang (Bright Ads)").first()).isVisible();
            shot(page, "meeting-closed-en-desktop");

            page.navigate(url("/meeting/" + InsightsFixtures.SEPTEMBER));
            page.locator(
                            ".meeting-item.suggest-from a",
                            new Page.LocatorOptions().setHasText("Open a budget change request"))
                    .first()
                    .click();
            page.waitForURL("**/budget/requests/new**");
            assertThat(page.getByLabel("Reason").first())
                    .hasValue(java.util.regex.Pattern.compile(
                            "Monthly review of " + english(InsightsFixtures.SEPTEMBER) + ".*"));

            page.navigate(url("/experiments"));
            Download csv = page.waitForDownload(
                    () -> page.getByText("Export CSV").first().click());
            String exported = Files.readString(csv.path(), StandardCharsets.UTF_8);
            assertThat(exported).contains("'=1+1 LINE friends").doesNotContain(",=1+1");
        }

        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT)) {
            Page page = phone.newPage();
            signIn(page, c.successor().email(), TestFixtures.PASSWORD);
            page.waitForURL("**/dashboard");
            assertThat(page.getByText(InsightsFixtures.YEAR + " 會計年度預算與實際")).isVisible();
            assertThat(page.locator("baton-chart[data-drawn='true'] svg").first())
                    .isVisible();
            assertThat(scrollsSideways(page))
                    .as("dashboard scrolls sideways on a phone")
                    .isFalse();
            shot(page, "dashboard-zh-phone");
            page.navigate(url("/meeting/" + InsightsFixtures.AUGUST));
            assertThat(page.getByText("已結束").first()).isVisible();
            assertThat(page.getByText("approve the move to Google Ads")).isVisible();
            assertThat(scrollsSideways(page))
                    .as("meeting page scrolls sideways on a phone")
                    .isFalse();
            shot(page, "meeting-zh-phone");
        }
        Path shots = SHOTS;
        assertThat(Files.exists(shots.resolve("dashboard-zh-phone.png"))).isTrue();
    }

    /** A month as the English interface writes it ("Aug 2026"). */
    private static String english(java.time.YearMonth month) {
        return month.format(java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", java.util.Locale.ENGLISH));
    }
}
