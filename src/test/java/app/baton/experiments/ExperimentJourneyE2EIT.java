package app.baton.experiments;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.baton.E2ETestBase;
import app.baton.TestFixtures;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.BudgetFixtures.ActivePlan;
import app.baton.budgets.BudgetFixtures.Budgets;
import app.baton.budgets.BudgetRequestQueryService;
import app.baton.budgets.BudgetRequestService;
import app.baton.budgets.RequestKind;
import app.baton.security.AccountService;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The successor (English, desktop) proposes an experiment; the founder (Chinese, 390-px phone) approves it; the
 * successor reports results; the founder scales it up and the budget request appears, in the successor's name.
 */
class ExperimentJourneyE2EIT extends E2ETestBase {

    @Autowired
    Companies companies;

    @Autowired
    Budgets budgets;

    @Autowired
    AccountService accounts;

    @Autowired
    BudgetRequestService requests;

    @Autowired
    BudgetRequestQueryService requestQueries;

    @Test
    void propose_approve_report_and_scale_up() throws Exception {
        Company company = companies.create("e2e-experiment");
        ActivePlan plan = budgets.activePlan(company.founder());
        companies.run(company.successor(), () -> accounts.updateMyProfile("Chia-Ying Lin", "en"));
        DateTimeFormatter english = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.ENGLISH);

        try (BrowserContext desktop = newContext(1280, 900)) {
            Page page = desktop.newPage();
            signIn(page, company.successor().email(), TestFixtures.PASSWORD);
            page.navigate(url("/experiments"));
            assertThat(page.getByText("No experiments yet").first()).isVisible();
            shot(page, "experiments-empty-en-desktop");
            button(page, "Propose an experiment").click();
            page.waitForURL("**/experiments/new");
            field(page, "Title").fill("LINE friends pilot");
            field(page, "Hypothesis")
                    .fill("If we invite customers to LINE, then CAC falls, because friends are cheap.");
            field(page, "Budget asked for").fill("30,000");
            field(page, "Start").fill(ExperimentFixtures.START.format(english));
            field(page, "Start").press("Enter");
            field(page, "End").fill(ExperimentFixtures.END.format(english));
            field(page, "End").press("Enter");
            page.getByLabel("Baseline").first().fill("2");
            page.getByLabel("Target").first().fill("3");
            page.getByLabel("Target").first().blur();
            assertThat(page.getByText("Worst-case loss: NT$30,000").first()).isVisible();
            shot(page, "experiment-form-en-desktop");
            button(page, "Submit to the founders").click();
            page.waitForURL("**/experiments/*");
            assertThat(page.getByText("Waiting").first()).isVisible();
            shot(page, "experiment-submitted-en-desktop");
        }

        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT)) {
            Page page = phone.newPage();
            signIn(page, company.founder().email(), TestFixtures.PASSWORD);
            page.locator("vaadin-drawer-toggle").click();
            Locator nav = page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("成長實驗"));
            assertThat(nav.locator(".nav-count")).hasText("1");
            nav.click();
            page.waitForURL("**/experiments");
            assertThat(page.getByText("實驗成績").first()).isAttached();
            shot(page, "experiments-board-zh-phone");
            page.locator(".waiting-card", new Page.LocatorOptions().setHasText("LINE friends pilot"))
                    .click();
            page.waitForURL("**/experiments/*");
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "experiment-decision-zh-phone");
            button(page, "核准").click();
            assertThat(page.getByText("已核准").first()).isVisible();
            assertThat(page.getByText("NT$30,000").first()).isVisible();
            shot(page, "experiment-approved-zh-phone");
        }

        String experimentUrl;
        try (BrowserContext desktop = newContext(1280, 900)) {
            Page page = desktop.newPage();
            signIn(page, company.successor().email(), TestFixtures.PASSWORD);
            page.navigate(url("/experiments"));
            page.locator(".waiting-card", new Page.LocatorOptions().setHasText("LINE friends pilot"))
                    .click();
            page.waitForURL("**/experiments/*");
            experimentUrl = page.url();
            button(page, "Start now").click();
            // approved to start on 1 February: starting months early asks first
            assertThat(page.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog")
                            .getByText("Start before the agreed date?")
                            .first())
                    .isVisible();
            shot(page, "experiment-start-early-en-desktop");
            button(page, "Start now anyway").click();
            assertThat(page.getByText("Running").first()).isVisible();
            button(page, "Submit results").click();
            // sent empty: the form says beside each field what it needs, before anything reaches the service
            page.getByRole(AriaRole.DIALOG)
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit results"))
                    .click();
            assertThat(page.getByText("Write down what the experiment taught you.")
                            .first())
                    .isVisible();
            assertThat(page.getByText("Enter an amount.").first()).isVisible();
            shot(page, "experiment-results-refused-en-desktop");
            // the conversion rate computed from the raw figures with the product's formula: 35 / 1,000 = 3.5 %
            page.getByLabel("Conversions").first().fill("35");
            page.getByLabel("Clicks").first().fill("1000");
            field(page, "Actual spend").fill("28,000");
            field(page, "What we learnt").fill("Friends convert twice as well as ad leads.");
            shot(page, "experiment-results-en-desktop");
            page.getByRole(AriaRole.DIALOG)
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit results"))
                    .click();
            assertThat(page.getByText("Results in").first()).isVisible();
            assertThat(page.getByText("The pre-registered metrics suggest: Scale up")
                            .first())
                    .isVisible();
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("results");
            java.nio.file.Path pdf = dir.resolve("line-pilot-results.pdf");
            java.nio.file.Files.writeString(pdf, "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
            page.locator("vaadin-upload input[type=file]").setInputFiles(pdf);
            assertThat(page.locator("a", new Page.LocatorOptions().setHasText("line-pilot-results.pdf")))
                    .isVisible();
            shot(page, "experiment-results-in-en-desktop");
        }

        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT)) {
            Page page = phone.newPage();
            signIn(page, company.founder().email(), TestFixtures.PASSWORD);
            page.navigate(experimentUrl);
            button(page, "做出結論").click();
            field(page, "追加金額").fill("20,000");
            shot(page, "experiment-conclude-zh-phone");
            button(page, "確認結論").click();
            page.waitForURL("**/budget/requests/*");
            assertThat(page.getByText("追加預算").first()).isVisible();
            assertThat(page.getByText("Chia-Ying Lin").first()).isVisible();
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "experiment-scale-up-request-zh-phone");
        }

        var waiting = companies.as(company.founder(), () -> requestQueries.waitingForMe());
        assertThat(waiting).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RequestKind.INCREASE);
            assertThat(r.amount()).isEqualByComparingTo("20000");
            assertThat(r.requesterUserId()).isEqualTo(company.successor().userId());
            assertThat(r.toChannelId()).isEqualTo(plan.channel("LINE"));
        });
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
