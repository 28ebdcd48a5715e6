package app.baton.experiments;

import static app.baton.experiments.ExperimentFixtures.START;
import static app.baton.experiments.ExperimentFixtures.proposal;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.baton.E2ETestBase;
import app.baton.MutableClock;
import app.baton.TestFixtures;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.BudgetFixtures.ActivePlan;
import app.baton.budgets.BudgetFixtures.Budgets;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The successor checks in on a running experiment on a 390-pixel phone in Chinese: the check-in is due (it waits
 * under 等我決定), they give the spend so far and a note, choose 調整策略 and say what changes; a check-in without
 * the change is refused beside the field. The founder then reads it on the experiment's page. Screenshots go to
 * target/e2e.
 */
@app.baton.DateSensitive
class CheckInE2EIT extends E2ETestBase {

    @Autowired
    Companies companies;

    @Autowired
    Budgets budgets;

    @Autowired
    ExperimentService experiments;

    @Autowired
    ExperimentQueryService queries;

    @Autowired
    MutableClock clock;

    @Autowired
    app.baton.budgets.ChannelService channels;

    @Test
    void the_successor_checks_in_with_an_adjustment_on_a_phone() throws Exception {
        Company company = companies.create("e2e-check-in");
        ActivePlan plan = budgets.activePlan(company.founder());
        ExperimentDetail submitted = companies.as(company.successor(), () -> {
            ExperimentDetail draft = experiments.create(proposal(plan, 20_000));
            return experiments.submit(draft.row().id(), draft.version());
        });
        ExperimentDetail approved = companies.as(
                company.founder(),
                () -> experiments.approve(submitted.row().id(), submitted.version(), null, CheckInCadence.WEEKLY));
        long id = approved.row().id();
        companies.run(company.successor(), () -> experiments.start(id, approved.version()));
        clock.set(
                START.plusWeeks(1).atTime(9, 0).atZone(ZoneId.of("Asia/Taipei")).toInstant());

        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT, "zh-TW")) {
            Page page = phone.newPage();
            signIn(page, company.successor().email(), TestFixtures.PASSWORD);
            page.navigate(url("/approvals"));
            assertThat(page.getByText("該定期匯報了").first()).isVisible();
            page.getByText("該定期匯報了").first().click();
            page.waitForURL("**/experiments/" + id);
            assertThat(page.getByText("下次匯報").first()).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("定期匯報"))
                    .click();
            Locator dialog = page.getByRole(AriaRole.DIALOG);
            dialog.getByLabel("到目前為止的花費").fill("6,000");
            dialog.getByLabel("進度說明").fill("第一週轉換率偏低，好友加入後沒有收到第一則訊息。");
            dialog.getByText("調整策略").click();
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("送出匯報"))
                    .click();
            assertThat(page.getByText("調整策略時，請寫下要調整什麼。").first()).isVisible();
            shot(page, "check-in-adjust-refused-zh-phone");
            dialog.getByLabel("要調整什麼").fill("加入好友後立即送出歡迎優惠，並把一半預算移到再行銷。");
            shot(page, "check-in-adjust-zh-phone");
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("送出匯報"))
                    .click();
            assertThat(page.getByText("調整：加入好友後立即送出歡迎優惠").first()).isVisible();
            // the dialog gone, not fading over the page in the screenshot
            assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
            assertThat(scrollsSideways(page)).isFalse();
            page.getByText("調整：加入好友後立即送出歡迎優惠").first().scrollIntoViewIfNeeded();
            shot(page, "check-in-done-zh-phone");
        }
        ExperimentDetail after = companies.as(company.founder(), () -> queries.detail(id));
        assertThat(after.checkIns().getFirst()).satisfies(c -> {
            assertThat(c.proposal()).isEqualTo(CheckInProposal.ADJUST);
            assertThat(c.spendToDate()).isEqualByComparingTo("6000");
        });

        // the next week, more budget: the request opens at once, linked from the check-in
        clock.set(
                START.plusWeeks(2).atTime(9, 0).atZone(ZoneId.of("Asia/Taipei")).toInstant());
        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT, "zh-TW")) {
            Page page = phone.newPage();
            signIn(page, company.successor().email(), TestFixtures.PASSWORD);
            page.navigate(url("/experiments/" + id));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("定期匯報"))
                    .click();
            Locator dialog = page.getByRole(AriaRole.DIALOG);
            dialog.getByLabel("到目前為止的花費").fill("12,000");
            dialog.getByLabel("進度說明").fill("歡迎優惠上線後轉換率回升，名單成本比預期低。");
            dialog.getByText("增加投入").click();
            dialog.getByLabel("希望增加的金額").fill("8,000");
            assertThat(dialog.getByText("送出後會以提案人的名義開立").first()).isVisible();
            shot(page, "check-in-add-budget-zh-phone");
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("送出匯報"))
                    .click();
            assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
            Locator link = page.getByText("預算申請 #").first();
            assertThat(link).isVisible();
            link.scrollIntoViewIfNeeded();
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "check-in-add-budget-done-zh-phone");
            link.click();
            page.waitForURL("**/budget/requests/*");
            assertThat(page.getByText("名單成本比預期低").first()).isVisible();
            shot(page, "check-in-request-zh-phone");
        }

        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT, "zh-TW")) {
            Page page = phone.newPage();
            signIn(page, company.founder().email(), TestFixtures.PASSWORD);
            page.navigate(url("/experiments/" + id));
            assertThat(page.getByText("調整：加入好友後立即送出歡迎優惠").first()).isVisible();
            page.getByText("調整：加入好友後立即送出歡迎優惠").first().scrollIntoViewIfNeeded();
            shot(page, "check-in-founder-zh-phone");
        }
    }

    @Test
    void the_founder_sees_a_slow_channel_promising_fast_results_before_deciding() throws Exception {
        Company company = companies.create("e2e-slow-channel");
        ActivePlan plan = budgets.activePlan(company.founder());
        // the founder says LINE is content work here: six months to show, and this test runs two
        companies.run(
                company.founder(), () -> channels.setKind(plan.channel("LINE"), app.baton.budgets.ChannelKind.CONTENT));
        ExperimentDetail submitted = companies.as(company.successor(), () -> {
            ExperimentDetail draft = experiments.create(proposal(plan, 20_000));
            return experiments.submit(draft.row().id(), draft.version());
        });
        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT, "zh-TW")) {
            Page page = phone.newPage();
            signIn(page, company.founder().email(), TestFixtures.PASSWORD);
            page.navigate(url("/experiments/" + submitted.row().id()));
            Locator warning = page.getByText("這個通路屬於內容行銷，大約需要 6 個月才看得到成效").first();
            assertThat(warning).isVisible();
            warning.scrollIntoViewIfNeeded();
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "experiment-slow-channel-zh-phone");
        }
        try (BrowserContext desktop = newContext(1280, 900)) {
            Page page = desktop.newPage();
            signIn(page, company.founder().email(), TestFixtures.PASSWORD);
            page.navigate(url("/budget/channels"));
            assertThat(page.getByText("類型（見效時間）").first()).isVisible();
            shot(page, "channels-kind-zh-desktop");
        }
        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT, "zh-TW")) {
            Page page = phone.newPage();
            signIn(page, company.founder().email(), TestFixtures.PASSWORD);
            page.navigate(url("/budget/channels"));
            assertThat(page.getByText("類型（見效時間）").first()).isVisible();
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "channels-kind-zh-phone");
        }
    }
}
