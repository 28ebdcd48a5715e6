package app.baton.budgets;

import static app.baton.budgets.BudgetFixtures.YEAR;
import static app.baton.budgets.BudgetFixtures.money;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.baton.E2ETestBase;
import app.baton.TestFixtures;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.security.AccountService;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The plan both generations sign, in Chromium: the successor signed the draft they made and the founder changed it
 * since; the founder (Chinese, 390-pixel phone) reads what changed since that signature and signs the new version,
 * then the successor (English, desktop) reads the same and signs it, and the plan is agreed.
 * Screenshots go to target/e2e.
 */
class PlanAgreementE2EIT extends E2ETestBase {

    @Autowired
    Companies companies;

    @Autowired
    AccountService accounts;

    @Autowired
    BudgetPlanService plans;

    @Autowired
    PlanAgreementService agreements;

    @Test
    void the_founder_reads_what_changed_since_the_successor_signed_and_both_sign_the_same_version() throws Exception {
        Company company = companies.create("e2e-plan-agreement");
        companies.run(company.successor(), () -> accounts.updateMyProfile("Chia-Ying Lin", "en"));
        // the successor drafted and signed; the founder then raised the revenue forecast: a new version
        PlanView drafted =
                companies.as(company.successor(), () -> plans.create(YEAR, money(10_000_000), money(1_000_000)));
        companies.run(company.successor(), () -> agreements.sign(drafted.id(), drafted.changeCount()));
        PlanView changed = companies.as(
                company.founder(),
                () -> plans.updateHeader(drafted.id(), drafted.changeCount(), money(12_000_000), money(1_000_000)));
        long version = changed.changeCount();

        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT, "zh-TW")) {
            Page page = phone.newPage();
            signIn(page, company.founder().email(), TestFixtures.PASSWORD);
            page.navigate(url("/budget?year=" + YEAR));
            assertThat(page.getByText("年度營收預估 NT$10,000,000 → NT$12,000,000").first())
                    .isVisible();
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "plan-changed-since-zh-phone");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("簽署第 " + version + " 版"))
                    .click();
            assertThat(page.getByText("第 " + version + " 版等待創二代簽署").first()).isVisible();
            shot(page, "plan-waiting-successor-zh-phone");
        }

        try (BrowserContext desktop = newContext(1280, 900)) {
            Page page = desktop.newPage();
            signIn(page, company.successor().email(), TestFixtures.PASSWORD);
            page.navigate(url("/budget?year=" + YEAR));
            assertThat(page.getByText("Revenue forecast NT$10,000,000 → NT$12,000,000")
                            .first())
                    .isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign version " + version))
                    .click();
            assertThat(page.getByText("Agreed: both generations signed version " + version)
                            .first())
                    .isVisible();
            shot(page, "plan-agreed-en-desktop");
        }
        assertThat(companies
                        .as(company.founder(), () -> agreements.agreement(drafted.id()))
                        .agreed())
                .isTrue();
    }
}
