package app.baton.budgets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.baton.E2ETestBase;
import app.baton.TestFixtures;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.BudgetFixtures.ActivePlan;
import app.baton.budgets.BudgetFixtures.Budgets;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The founder (Traditional Chinese, a 390-pixel phone) narrows the list of budget requests with its filters, the
 * browser's own selects: by state, then by a kind nobody asked for, which says no request matches the filters.
 */
class RequestListE2EIT extends E2ETestBase {

    @Autowired
    Companies companies;

    @Autowired
    Budgets budgets;

    @Autowired
    BudgetRequestService requests;

    @Autowired
    BudgetRequestQueryService requestQueries;

    @Test
    void the_founder_filters_the_requests_on_a_phone() throws Exception {
        Company company = companies.create("e2e-request-list");
        ActivePlan plan = budgets.activePlan(company.founder());
        long open = submit(company, plan);
        long withdrawn = submit(company, plan);
        var detail = companies.as(company.successor(), () -> requestQueries.detail(withdrawn));
        companies.as(company.successor(), () -> requests.withdraw(withdrawn, detail.version()));

        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT, "zh-TW")) {
            Page page = phone.newPage();
            signIn(page, company.founder().email(), TestFixtures.PASSWORD);
            page.navigate(url("/budget/requests"));
            Locator rows = page.locator(".request-table tbody tr");
            assertThat(rows).hasCount(2);
            assertThat(rows.getByText("#" + open, new Locator.GetByTextOptions().setExact(true)))
                    .isVisible();
            assertThat(rows.getByText("#" + withdrawn, new Locator.GetByTextOptions().setExact(true)))
                    .isVisible();
            // on a phone each request is a card with its labels, inside the page's width
            assertThat(rows.first().locator("td").nth(5).evaluate("td => getComputedStyle(td, '::before').content"))
                    .isEqualTo("\"申請人\"");
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "request-list-zh-phone");

            page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("狀態"))
                    .selectOption("已撤回");
            shot(page, "request-list-filtered-zh-phone");
            assertThat(rows).hasCount(1);
            assertThat(rows.getByText("#" + withdrawn, new Locator.GetByTextOptions().setExact(true)))
                    .isVisible();

            page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("狀態"))
                    .selectOption("全部");
            page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("類型"))
                    .selectOption("追加預算");
            assertThat(page.getByText("沒有符合這些篩選條件的申請").first()).isVisible();
            assertThat(rows).hasCount(0);
            shot(page, "request-list-empty-zh-phone");

            // a tap anywhere on a card opens its request, not only on its number
            page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("類型"))
                    .selectOption("全部");
            assertThat(rows).hasCount(2);
            rows.filter(new Locator.FilterOptions().setHasText("#" + open))
                    .getByText("NT$10,000")
                    // forced past Playwright's check that the text itself takes the tap: the row's link covers it,
                    // so the browser's tap lands on the link, as a finger's would
                    .click(new Locator.ClickOptions().setForce(true));
            page.waitForURL("**/budget/requests/" + open);
            assertThat(page.getByText("核准").first()).isVisible();
        }
    }

    private long submit(Company company, ActivePlan plan) throws Exception {
        return budgets.successorMovesTenThousand(company.founder(), company.successor(), plan);
    }
}
