package app.baton.experiments;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.baton.E2ETestBase;
import app.baton.TestFixtures;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.BudgetFixtures.ActivePlan;
import app.baton.budgets.BudgetFixtures.Budgets;
import app.baton.security.AccountService;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An A/B test in Chromium: the successor (English, desktop) chooses the method on the proposal form and sees how many
 * visitors each group needs and the days that takes; the founder (Chinese, 390-pixel phone) reads a result of 1,000
 * against 1,000 visitors at 5.0 % and 5.6 % as "no evidence either way", not as a met target.
 */
@app.baton.DateSensitive
class AbTestE2EIT extends E2ETestBase {

    @Autowired
    Companies companies;

    @Autowired
    Budgets budgets;

    @Autowired
    ExperimentService experiments;

    @Autowired
    AccountService accounts;

    @Test
    void the_form_sizes_an_a_b_test_and_a_result_without_significance_reads_as_no_evidence() throws Exception {
        Company company = companies.create("e2e-ab");
        ActivePlan plan = budgets.activePlan(company.founder());
        companies.run(company.successor(), () -> accounts.updateMyProfile("Chia-Ying Lin", "en"));

        try (BrowserContext desktop = newContext(1280, 900)) {
            Page page = desktop.newPage();
            signIn(page, company.successor().email(), TestFixtures.PASSWORD);
            page.navigate(url("/experiments/new"));
            page.getByLabel("Method", new Page.GetByLabelOptions().setExact(true))
                    .click();
            page.getByRole(
                            AriaRole.OPTION,
                            new Page.GetByRoleOptions().setName("A/B test").setExact(true))
                    .click();
            assertThat(page.getByText("A/B test (visitors split at random)").first())
                    .isVisible();
            page.getByLabel("Conversion rate today").fill("5");
            page.getByLabel("Smallest change worth detecting").fill("1");
            page.getByLabel("Visitors a day (both groups)").fill("500");
            page.getByLabel("Visitors a day (both groups)").blur();
            assertThat(page.getByText("8,158 visitors per group (16,316 in all).")
                            .first())
                    .isVisible();
            assertThat(page.getByText("About 33 days at today’s traffic.").first())
                    .isVisible();
            shot(page, "ab-form-en-desktop");
        }

        ExperimentDetail approved = ExperimentFixtures.approved(
                companies, company, experiments, AbTestIT.abTest(ExperimentFixtures.proposal(plan, 20_000)));
        ExperimentDetail running = companies.as(
                company.successor(), () -> experiments.start(approved.row().id(), approved.version()));
        companies.run(
                company.successor(),
                () -> experiments.submitResults(
                        running.row().id(),
                        running.version(),
                        new Results(
                                List.of(
                                        new ResultInput(null, null, null),
                                        new ResultInput(new BigDecimal("1100"), null, null)),
                                new BigDecimal("15000"),
                                "B 組的新版結帳頁轉換率略高，但人數太少。",
                                new AbTestCounts(1_000, 50, 1_000, 56))));

        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT, "zh-TW")) {
            Page page = phone.newPage();
            signIn(page, company.founder().email(), TestFixtures.PASSWORD);
            page.navigate(url("/experiments/" + running.row().id()));
            assertThat(page.getByText("差異不顯著：目前沒有證據說哪一組比較好").first()).isVisible();
            assertThat(page.getByText("p 值 0.549").first()).isVisible();
            assertThat(page.getByText("差異不顯著：無法判斷").first()).isVisible();
            assertThat(scrollsSideways(page)).isFalse();
            page.getByText("差異不顯著：目前沒有證據說哪一組比較好").first().scrollIntoViewIfNeeded();
            shot(page, "ab-result-zh-phone");
        }
    }
}
