package app.baton.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.BrowserlessTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.BudgetFixtures;
import app.baton.budgets.GuardrailService;
import app.baton.insights.ui.DashboardView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A new company's founder sees four first steps on the home page, each ticked by what exists (a plan, guardrails
 * saved once, the successor and an agency in the company or invited), the next one as the primary button; once all
 * are done the list is gone. With a plan, the first page of a visit is the dashboard, and 首頁 in the menu still
 * shows the home page with the team and invitations.
 */
class FirstRunIT extends BrowserlessTestBase {

    @Autowired
    Companies companies;

    @Autowired
    BudgetFixtures.Budgets budgets;

    @Autowired
    GuardrailService guardrails;

    @Test
    void the_first_steps_tick_themselves_and_then_make_way() throws Exception {
        Company c = companies.create("first-run");
        signInAs(c.founder());
        HomeView home = navigate(HomeView.class);
        assertThat(firstRunItems(home)).containsExactly("step-open", "step-open", "step-done", "step-done");
        assertThat($(Paragraph.class, home).all())
                .extracting(Paragraph::getText)
                .contains("已完成 2／4。完成的步驟會自動打勾。");
        assertThat($(Button.class, home).all())
                .filteredOn(b -> b.getThemeNames().contains("primary"))
                .extracting(Button::getText)
                .first()
                .isEqualTo("建立年度預算");

        budgets.activePlan(c.founder());
        signInAs(c.founder());
        // the first page of a visit with a plan is the dashboard; the home page is a tap away and keeps the team
        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
        home = navigate(HomeView.class);
        assertThat(firstRunItems(home)).containsExactly("step-done", "step-open", "step-done", "step-done");
        assertThat($(H3.class, home).all()).extracting(H3::getText).contains("團隊", "等我決定");

        var current = companies.as(c.founder(), () -> guardrails.current());
        companies.run(c.founder(), () -> guardrails.update(current.version(), current.values(), "確認預設護欄"));
        home = navigate(HomeView.class);
        assertThat(firstRunItems(home)).isEmpty();
    }

    @Autowired
    jakarta.persistence.EntityManagerFactory entityManagerFactory;

    /**
     * The landing visit forwards to the dashboard before the home page reads anything but the plan list (issue 16: it
     * used to build the whole home page, the waiting list, the team and the invitations, and throw it away: 41
     * statements against 26 since, with 17 for the dashboard alone — decision 017).
     */
    @Test
    void the_landing_visit_reads_the_dashboard_not_the_home_page_it_skips() throws Exception {
        Company c = companies.create("landing");
        budgets.activePlan(c.founder());
        org.hibernate.stat.Statistics stats =
                entityManagerFactory.unwrap(org.hibernate.SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        try {
            stats.clear();
            signInAs(c.founder());
            long landing = stats.getPrepareStatementCount();
            assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
            stats.clear();
            navigate(HomeView.class);
            long home = stats.getPrepareStatementCount();
            stats.clear();
            navigate(DashboardView.class);
            long dashboard = stats.getPrepareStatementCount();
            System.out.printf("landing %d, home %d, dashboard %d SQL statements%n", landing, home, dashboard);
            // the landing page is the menu's first counts, the plan list and the dashboard
            assertThat(landing).isLessThanOrEqualTo(dashboard + LANDING_MENU_AND_PLANS);
        } finally {
            stats.setStatisticsEnabled(false);
        }
    }

    /** What a visit's first page reads besides its view: the menu's counts and the person's companies, the plans. */
    private static final int LANDING_MENU_AND_PLANS = 12;

    private java.util.List<String> firstRunItems(HomeView home) {
        return $(ListItem.class, home).all().stream()
                .filter(li -> li.getClassNames().contains("step-done")
                        || li.getClassNames().contains("step-open"))
                .map(li -> li.getClassNames().contains("step-done") ? "step-done" : "step-open")
                .toList();
    }
}
