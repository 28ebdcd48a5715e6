package app.baton.budgets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.baton.E2ETestBase;
import app.baton.TestFixtures;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.BudgetFixtures.ActivePlan;
import app.baton.budgets.BudgetFixtures.Budgets;
import app.baton.demo.DemoData;
import app.baton.security.AccountService;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The successor (reading English, on a desktop) asks to move money from Google Ads to LINE; the founder (reading
 * Traditional Chinese, on a 390-pixel phone) opens it from the navigation, approves it, and the plan shows the new
 * amounts. Screenshots of every budget screen in both languages go to target/e2e.
 */
class BudgetApprovalE2EIT extends E2ETestBase {

    @Autowired
    Companies companies;

    @Autowired
    Budgets budgets;

    @Autowired
    AccountService accounts;

    @Autowired
    BudgetPlanQueryService planQueries;

    @Autowired
    DemoData demoData;

    @Autowired
    BudgetRequestService requestService;

    @Autowired
    app.baton.security.AccountDirectory accountDirectory;

    @Test
    void the_successor_asks_to_move_money_and_the_founder_approves_it_on_a_phone() throws Exception {
        Company company = companies.create("e2e-budget");
        ActivePlan plan = budgets.activePlan(company.founder());
        companies.run(company.successor(), () -> accounts.updateMyProfile("Chia-Ying Lin", "en"));

        try (BrowserContext desktop = newContext(1280, 900)) {
            Page page = desktop.newPage();
            signIn(page, company.successor().email(), TestFixtures.PASSWORD);
            page.navigate(url("/budget"));
            assertThat(page.locator("h2", new Page.LocatorOptions().setHasText("Marketing budget")))
                    .isVisible();
            assertThat(page.getByText("Growth experiments").first()).isVisible();
            shot(page, "budget-plan-en-desktop");

            page.navigate(url("/budget/requests/new"));
            assertThat(page.getByText("Check before submitting").first()).isVisible();
            page.getByLabel("Amount").fill("abc");
            page.getByLabel("Amount").blur();
            page.getByLabel("Amount").fill("20,000");
            page.getByLabel("Amount").blur();
            assertThat(page.getByText("Within all guardrails").first()).isVisible();
            assertThat(page.getByText("NT$50,000 → NT$30,000").first()).isVisible();
            button(page, "Submit request").click();
            assertThat(page.getByText("Write down the reason for the request.").first())
                    .isVisible();
            page.getByLabel("Reason", new Page.GetByLabelOptions().setExact(true))
                    .fill("LINE friends campaign costs half of Google Ads per lead; move January budget to it.");
            shot(page, "budget-request-form-en-desktop");
            button(page, "Submit request").click();
            page.waitForURL("**/budget/requests/*");
            assertThat(page.getByText("Waiting").first()).isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve")))
                    .hasCount(0);
            shot(page, "budget-request-submitted-en-desktop");

            page.navigate(url("/budget/requests"));
            assertThat(page.locator(".request-table td", new Page.LocatorOptions().setHasText("Chia-Ying Lin"))
                            .first())
                    .isVisible();
            shot(page, "budget-requests-en-desktop");
            page.navigate(url("/budget/guardrails"));
            assertThat(page.getByText("Successor’s delegated limit").first()).isVisible();
            shot(page, "budget-guardrails-en-desktop");
        }

        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT)) {
            Page page = phone.newPage();
            signIn(page, company.founder().email(), TestFixtures.PASSWORD);
            // with an active plan, the founder lands on the dashboard, which lists what waits
            page.waitForURL("**/dashboard");
            assertThat(page.getByText("等我決定（1）").first()).isVisible();
            shot(page, "budget-dashboard-founder-zh-phone");
            page.locator("vaadin-drawer-toggle").click();
            Locator waiting = page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("等我決定"));
            assertThat(waiting.locator(".nav-count")).hasText("1");
            shot(page, "budget-nav-badge-zh-phone");
            waiting.click();
            page.waitForURL("**/approvals");
            page.locator(".waiting-card").first().click();
            page.waitForURL("**/budget/requests/*");
            assertThat(page.getByText("符合所有護欄").first()).isVisible();
            assertThat(page.getByText("NT$20,000").first()).isVisible();
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "budget-decision-zh-phone");
            button(page, "核准").click();
            assertThat(page.getByText("已核准").first()).isVisible();
            shot(page, "budget-approved-zh-phone");

            page.navigate(url("/budget"));
            Locator experiment = page.locator(".tier-card", new Page.LocatorOptions().setHasText("成長實驗型"));
            assertThat(experiment.locator(".big-amount")).hasText("NT$140,000");
            assertThat(experiment.getByText("原 NT$120,000")).isVisible();
            // spent and remaining by the dashboard's definition, named as there
            assertThat(experiment.locator(".tier-actual")).containsText("實際支出 NT$0");
            assertThat(experiment.locator(".tier-remaining")).containsText("剩餘 NT$140,000");
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "budget-plan-after-zh-phone");
            page.navigate(url("/budget/guardrails"));
            assertThat(page.getByText("創二代授權額度").first()).isVisible();
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "budget-guardrails-zh-phone");
            page.navigate(url("/budget/requests/new"));
            assertThat(page.getByText("送出前檢查").first()).isVisible();
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "budget-request-form-zh-phone");

            // a request past the 15 % cap: the approve button's words wrap on a phone instead of ending in "…"
            long changeCount = budgets.changeCount(company.successor(), plan.id());
            long breaking = companies
                    .as(
                            company.successor(),
                            () -> requestService.submit(BudgetFixtures.move(
                                    plan,
                                    changeCount,
                                    20_000,
                                    Tier.FOUNDATION,
                                    "GOOGLE_ADS",
                                    Tier.EXPERIMENT,
                                    "LINE",
                                    java.time.YearMonth.of(BudgetFixtures.YEAR, 12))))
                    .row()
                    .id();
            page.navigate(url("/budget/requests/" + breaking));
            assertThat(page.locator(".decision-button", new Page.LocatorOptions().setHasText("核准（超出護欄）")))
                    .isVisible();
            Object truncated = page.evaluate("() => [...document.querySelectorAll('.decision-button')].filter(b => {"
                    + " const l = b.shadowRoot.querySelector('[part=label]'); const r = b.getBoundingClientRect();"
                    + " return l.scrollWidth > l.clientWidth + 1 || r.right > window.innerWidth; }).length");
            assertThat(truncated).isEqualTo(0);
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "budget-override-zh-phone");
        }

        PlanView after = companies.as(company.founder(), () -> planQueries.plan(plan.id()));
        assertThat(after.tier(Tier.EXPERIMENT).total()).isEqualByComparingTo("140000");
        assertThat(after.tier(Tier.FOUNDATION).total()).isEqualByComparingTo("780000");
    }

    @Test
    void a_founder_sets_up_a_draft_plan_with_guidance_and_live_totals() throws Exception {
        Company company = companies.create("e2e-draft");
        companies.run(company.founder(), () -> accounts.updateMyProfile("Chih-Ming Lin", "en"));
        try (BrowserContext desktop = newContext(1280, 900)) {
            Page page = desktop.newPage();
            signIn(page, company.founder().email(), TestFixtures.PASSWORD);
            page.navigate(url("/budget"));
            assertThat(page.getByText("No budget plan yet").first()).isVisible();
            shot(page, "budget-empty-en-desktop");
            button(page, "New yearly plan").first().click();
            field(page, "Revenue forecast").fill("50,000,000");
            field(page, "Marketing budget").fill("3,500,000");
            field(page, "Marketing budget").blur();
            assertThat(page.getByText("Marketing budget is 7.0 % of revenue").first())
                    .isVisible();
            shot(page, "budget-create-en-desktop");
            button(page, "Create draft").click();
            assertThat(page.getByText("NT$3,500,000 not allocated yet").first()).isVisible();
            page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Google Ads"))
                    .first()
                    .click();
            field(page, "Yearly amount").fill("3,500,000");
            button(page, "Spread over 12 months").click();
            assertThat(page.getByText("Total NT$3,500,000").first()).isVisible();
            shot(page, "budget-channel-dialog-en-desktop");
            button(page, "Save").click();
            assertThat(page.getByText("Fully allocated: ready to activate").first())
                    .isVisible();
            shot(page, "budget-draft-en-desktop");
            page.navigate(url("/budget/channels"));
            assertThat(page.getByText("Trade fairs and events").first()).isVisible();
            shot(page, "budget-channels-en-desktop");
        }
    }

    @Test
    void the_demo_budget_reads_well_in_both_languages_on_desktop_and_phone() throws Exception {
        DemoData.Seeded seeded = demoData.seed();
        try (BrowserContext desktop = newContext(1280, 900)) {
            Page page = desktop.newPage();
            signIn(page, DemoData.FOUNDER, DemoData.PASSWORD);
            page.navigate(url("/budget"));
            assertThat(page.getByText("接近上限").first()).isVisible();
            shot(page, "demo-budget-zh-desktop");
            page.navigate(url("/approvals"));
            assertThat(page.locator(".waiting-card")).not().hasCount(0);
            shot(page, "demo-waiting-zh-desktop");
            page.navigate(url("/notifications"));
            assertThat(page.getByText("等您決定").first()).isVisible();
            shot(page, "demo-notifications-zh-desktop");
            page.navigate(url("/budget/channels"));
            assertThat(page.getByText("展會活動").first()).isVisible();
            shot(page, "demo-channels-zh-desktop");
        }
        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT)) {
            Page page = phone.newPage();
            signIn(page, DemoData.SUCCESSOR, DemoData.PASSWORD);
            // the avatar opens the person's panel: the language is one tap there, no sub-menu to aim at
            page.locator("vaadin-button.user-menu").click();
            assertThat(page.locator(".account-panel-entry.current", new Page.LocatorOptions().setHasText("中文")))
                    .isVisible();
            shot(page, "account-panel-zh-phone");
            reloadsAfter(
                    page,
                    () -> page.locator(".account-panel-entry", new Page.LocatorOptions().setHasText("English"))
                            .click());
            page.navigate(url("/budget"));
            assertThat(page.getByText("Near the limit").first()).isVisible();
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "demo-budget-en-phone");
            page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Google Ads"))
                    .first()
                    .click();
            assertThat(page.getByText("Save actual spend").first()).isVisible();
            shot(page, "demo-spend-dialog-en-phone");
            page.keyboard().press("Escape");
            page.navigate(url("/budget/requests"));
            assertThat(page.getByText("Ask for a budget change").first()).isVisible();
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "demo-requests-en-phone");
            // a tap on the row's kind: the row's link covers the row, so the browser's tap lands on it (forced past
            // Playwright's check that the text itself takes the tap)
            page.locator(".request-table td", new Page.LocatorOptions().setHasText("Move"))
                    .first()
                    .click(new Locator.ClickOptions().setForce(true));
            page.waitForURL("**/budget/requests/*");
            assertThat(page.getByText("Withdraw request").first()).isVisible();
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "demo-request-en-phone");
            // the first page of the visit was the dashboard; 首頁 (/) now shows the home page, the dashboard is a tap
            // away
            page.navigate(url("/dashboard"));
            assertThat(page.getByText("Budget vs actual, fiscal year").first()).isVisible();
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "demo-dashboard-successor-en-phone");
        } finally {
            // the demo successor reads Chinese again for the other journeys
            TestFixtures.Person successor = companies.person(
                    accountDirectory.byEmail(DemoData.SUCCESSOR).orElseThrow(), seeded.linFoodsId());
            companies.run(successor, () -> accounts.updateMyProfile("林佳穎", "zh-TW"));
        }
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
