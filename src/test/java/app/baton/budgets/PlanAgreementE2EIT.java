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
 * The plan both generations sign, in Chromium: the successor (English, desktop) signs the draft they made; the
 * founder (Chinese, 390-pixel phone) sees it waiting for their signature and signs, and the plan is agreed.
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
    void the_successor_signs_the_draft_on_a_desktop_and_the_founder_on_a_phone() throws Exception {
        Company company = companies.create("e2e-plan-agreement");
        companies.run(company.successor(), () -> accounts.updateMyProfile("Chia-Ying Lin", "en"));
        PlanView draft =
                companies.as(company.successor(), () -> plans.create(YEAR, money(10_000_000), money(1_000_000)));
        long version = draft.changeCount();

        try (BrowserContext desktop = newContext(1280, 900)) {
            Page page = desktop.newPage();
            signIn(page, company.successor().email(), TestFixtures.PASSWORD);
            page.navigate(url("/budget?year=" + YEAR));
            assertThat(page.getByText("is signed by neither generation yet").first())
                    .isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign version " + version))
                    .click();
            assertThat(page.getByText("Version " + version + " waits for the founder’s signature")
                            .first())
                    .isVisible();
            shot(page, "plan-signed-successor-en-desktop");
        }

        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT, "zh-TW")) {
            Page page = phone.newPage();
            signIn(page, company.founder().email(), TestFixtures.PASSWORD);
            page.navigate(url("/budget?year=" + YEAR));
            assertThat(page.getByText("第 " + version + " 版等待創一代簽署").first()).isVisible();
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "plan-waiting-founder-zh-phone");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("簽署第 " + version + " 版"))
                    .click();
            assertThat(page.getByText("已確認：兩代都簽署了第 " + version + " 版").first()).isVisible();
            shot(page, "plan-agreed-zh-phone");
        }
        assertThat(companies
                        .as(company.founder(), () -> agreements.agreement(draft.id()))
                        .agreed())
                .isTrue();
    }
}
