package app.baton.experiments;

import static app.baton.budgets.BudgetFixtures.money;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.baton.E2ETestBase;
import app.baton.MutableClock;
import app.baton.TestFixtures;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.approvals.TrustRule;
import app.baton.budgets.AuthorityChange;
import app.baton.budgets.AuthorityQueryService;
import app.baton.budgets.AuthorityService;
import app.baton.budgets.BudgetFixtures.ActivePlan;
import app.baton.budgets.BudgetFixtures.Budgets;
import app.baton.security.AccountService;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The founder's page of the successor's growing authority, in Chinese on a 390-pixel phone: the rule raised the
 * limits after the third qualifying experiment, the page says what it rests on, the founder undoes it and then sets
 * the limits by hand (a monthly total below the per-request limit refused beside the field). The successor reads the
 * same page in English on a desktop. Screenshots go to target/e2e.
 */
@app.baton.DateSensitive
class AuthorityE2EIT extends E2ETestBase {

    @Autowired
    Companies companies;

    @Autowired
    Budgets budgets;

    @Autowired
    ExperimentService experiments;

    @Autowired
    AuthorityService authority;

    @Autowired
    AuthorityQueryService authorityQueries;

    @Autowired
    AccountService accounts;

    @Autowired
    MutableClock clock;

    @Test
    void the_founder_sees_how_the_successor_s_authority_grew_undoes_the_raise_and_sets_it_by_hand_on_a_phone()
            throws Exception {
        Company company = companies.create("e2e-authority");
        ActivePlan plan = budgets.activePlan(company.founder());
        companies.run(company.successor(), () -> accounts.updateMyProfile("Chia-Ying Lin", "en"));
        companies.run(company.founder(), () -> {
            authority.set(
                    company.successor().userId(), -1, new AuthorityChange(money(10_000), money(20_000), "先從小額開始，建立信任"));
            authority.setRule(
                    -1,
                    new TrustRule(
                            true,
                            3,
                            new BigDecimal("66.67"),
                            new BigDecimal("50"),
                            money(100_000),
                            BigDecimal.ZERO,
                            BigDecimal.ZERO),
                    "三個實驗有兩個達標就放寬五成");
        });
        clock.advance(Duration.ofMinutes(1));
        ExperimentFixtures.concluded(companies, company, experiments, plan, "0.04");
        ExperimentFixtures.concluded(companies, company, experiments, plan, "0.01");
        ExperimentFixtures.concluded(companies, company, experiments, plan, "0.05");

        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT, "zh-TW")) {
            Page page = phone.newPage();
            signIn(page, company.founder().email(), TestFixtures.PASSWORD);
            page.navigate(url("/authority"));
            assertThat(page.locator("h2", new Page.LocatorOptions().setHasText("接班人的授權額度")))
                    .isVisible();
            assertThat(page.getByText("每筆最多 NT$15,000").first()).isVisible();
            assertThat(page.getByText("依規則自動提高").first()).isVisible();
            assertThat(page.getByText("3 個實驗中 2 個達成所有目標").first()).isVisible();
            assertThat(page.getByText("先從小額開始，建立信任").first()).isVisible();
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "authority-founder-zh-phone");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("撤銷這次提高"))
                    .click();
            assertThat(page.getByText("已撤銷，授權額度恢復為提高前的金額。").first()).isVisible();
            assertThat(page.getByText("每筆最多 NT$10,000").first()).isVisible();
            assertThat(page.getByText("已由").first()).isVisible();
            shot(page, "authority-undone-zh-phone");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("調整授權額度"))
                    .click();
            Locator dialog = page.getByRole(AriaRole.DIALOG);
            dialog.getByLabel("每月合計上限").fill("5,000");
            dialog.getByLabel("理由").fill("新品上市前先收緊");
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("儲存授權額度"))
                    .click();
            assertThat(page.getByText("每月合計上限不能小於每筆上限。").first()).isVisible();
            shot(page, "authority-set-refused-zh-phone");
            dialog.getByLabel("每月合計上限").fill("30,000");
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("儲存授權額度"))
                    .click();
            assertThat(page.getByText("每月合計最多 NT$30,000").first()).isVisible();
            assertThat(page.getByText("新品上市前先收緊").first()).isVisible();
            // the dialog gone, not fading over the page in the screenshot
            assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
            shot(page, "authority-set-zh-phone");
        }
        assertThat(companies.as(
                        company.founder(),
                        () -> authorityQueries.successors().getFirst().monthly()))
                .isEqualByComparingTo("30000");

        try (BrowserContext desktop = newContext(1280, 900)) {
            Page page = desktop.newPage();
            signIn(page, company.successor().email(), TestFixtures.PASSWORD);
            page.navigate(url("/authority"));
            assertThat(page.getByText("Up to NT$10,000 per request").first()).isVisible();
            assertThat(page.getByText("Raised by the rule").first()).isVisible();
            assertThat(page.getByText("Change the limits")).hasCount(0);
            shot(page, "authority-successor-en-desktop");
        }
    }
}
