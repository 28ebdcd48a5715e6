package app.baton.notifications;

import static app.baton.budgets.BudgetFixtures.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import app.baton.DatabaseTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.BudgetFixtures;
import app.baton.budgets.BudgetFixtures.ActivePlan;
import app.baton.budgets.BudgetFixtures.Budgets;
import app.baton.budgets.BudgetRequestService;
import app.baton.budgets.Tier;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A requester learns the outcome in the app; the count of unread ones drops as they are read. */
class NotificationServiceIT extends DatabaseTestBase {

    @Autowired
    Companies companies;

    @Autowired
    Budgets budgets;

    @Autowired
    BudgetRequestService requests;

    @Autowired
    NotificationService notifications;

    @Test
    void the_requester_is_told_the_outcome_and_marks_it_read() throws Exception {
        Company c = companies.create("notify");
        ActivePlan plan = budgets.activePlan(c.founder());
        for (int month = 1; month <= 2; month++) {
            long count = budgets.changeCount(c.founder(), plan.id());
            YearMonth when = YearMonth.of(YEAR, month);
            var submitted = companies.as(
                    c.successor(),
                    () -> requests.submit(BudgetFixtures.move(
                            plan, count, 1_000, Tier.FOUNDATION, "GOOGLE_ADS", Tier.EXPERIMENT, "LINE", when)));
            companies.run(c.founder(), () -> requests.reject(submitted.row().id(), submitted.version(), "Not now"));
        }
        companies.run(c.successor(), () -> {
            assertThat(notifications.unreadCount()).isEqualTo(2);
            var mine = notifications.mine(10);
            assertThat(mine).allSatisfy(n -> {
                assertThat(n.kind()).isEqualTo("BUDGET_REQUEST_OUTCOME_REJECTED");
                assertThat(n.link()).startsWith("budget/requests/");
                assertThat(n.arguments()).hasSize(2);
            });
            notifications.markRead(mine.get(0).id());
            assertThat(notifications.unreadCount()).isEqualTo(1);
            notifications.markAllRead();
            assertThat(notifications.unreadCount()).isZero();
        });
        // the founder was told twice that something waited; their count is their own
        assertThat(companies.as(c.founder(), () -> notifications.unreadCount())).isEqualTo(2);
        assertThat(companies.as(c.vendor(), () -> notifications.unreadCount())).isZero();
    }
}
