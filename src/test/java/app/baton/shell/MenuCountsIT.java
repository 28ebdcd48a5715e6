package app.baton.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.BrowserlessTestBase;
import app.baton.MutableClock;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.ui.ChannelsView;
import app.baton.insights.InsightsFixtures;
import app.baton.insights.ui.DashboardView;
import app.baton.insights.ui.WaitingForMeView;
import app.baton.notifications.NotificationService;
import com.vaadin.flow.component.Component;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The counts beside the menu are counted again at the first navigation after anything was committed for the company,
 * and otherwise kept for {@link MainLayout#BADGES_KEPT} (another replica's commits show after that long). Another
 * company's commits do not make them counted again. A page that lists what waits (等我決定, the dashboard, a founder's
 * home page) hands its own count to the menu, which neither counts it again nor shows an older one.
 */
class MenuCountsIT extends BrowserlessTestBase {

    @Autowired
    Companies companies;

    @Autowired
    InsightsFixtures.Services insights;

    @Autowired
    NotificationService notifications;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void counts_are_made_again_after_a_commit_for_the_company_and_otherwise_kept_a_while() throws Exception {
        Company c = companies.create("menu-counts");
        Company other = companies.create("menu-counts-other");
        long requestId = requestWaitingForTheFounder(c);
        int waiting = approvalsCount();

        // a change no commit of this replica told of (here straight into the database): the count is kept
        jdbc.update("update budget_change_request set status = 'WITHDRAWN' where id = ?", requestId);
        navigate(ChannelsView.class);
        assertThat(approvalsCount()).isEqualTo(waiting);

        // another company's commit leaves this company's counts alone
        companies.run(other.founder(), () -> notifications.markAllRead());
        navigate(ChannelsView.class);
        assertThat(approvalsCount()).isEqualTo(waiting);

        // a commit for the company: the next navigation counts again
        companies.run(c.successor(), () -> notifications.markAllRead());
        navigate(ChannelsView.class);
        assertThat(approvalsCount()).isEqualTo(waiting - 1);

        // with no commit at all, the count is at most BADGES_KEPT old
        jdbc.update("update budget_change_request set status = 'SUBMITTED' where id = ?", requestId);
        clock.advance(MainLayout.BADGES_KEPT.minus(Duration.ofSeconds(1)));
        navigate(ChannelsView.class);
        assertThat(approvalsCount()).isEqualTo(waiting - 1);
        clock.advance(Duration.ofSeconds(1));
        navigate(ChannelsView.class);
        assertThat(approvalsCount()).isEqualTo(waiting);
    }

    @Test
    void a_page_that_lists_what_waits_gives_the_menu_its_count_which_is_not_counted_again() throws Exception {
        Company c = companies.create("menu-counts-page");
        long requestId = requestWaitingForTheFounder(c);
        int waiting = approvalsCount();

        Statistics stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        try {
            // a commit for the company, so that each navigation below counts again: a page that does not list what
            // waits asks the menu's count, one that does gives its own
            for (Class<? extends Component> page :
                    List.of(ChannelsView.class, WaitingForMeView.class, DashboardView.class, HomeView.class)) {
                companies.run(c.successor(), () -> notifications.markAllRead());
                stats.clear();
                navigate(page);
                assertThat(requestsCounted(stats))
                        .as("requests counted for the menu on " + page.getSimpleName())
                        .isEqualTo(page == ChannelsView.class ? 1 : 0);
                assertThat(approvalsCount()).as(page.getSimpleName()).isEqualTo(waiting);
            }
        } finally {
            stats.setStatisticsEnabled(false);
        }

        // a count kept from before a change this replica was not told of: the page that lists what waits shows the
        // change, and the count beside its entry agrees with the page, not with the kept count
        jdbc.update("update budget_change_request set status = 'WITHDRAWN' where id = ?", requestId);
        navigate(ChannelsView.class);
        assertThat(approvalsCount()).isEqualTo(waiting);
        navigate(WaitingForMeView.class);
        assertThat(approvalsCount()).isEqualTo(waiting - 1);
        assertThat($(com.vaadin.flow.component.html.H2.class).first().getText())
                .contains(Integer.toString(waiting - 1));
    }

    /** How often the menu's count of the requests that wait for a founder ran since statistics were cleared. */
    private static long requestsCounted(Statistics stats) {
        return java.util.Arrays.stream(stats.getQueries())
                .filter(q -> q.contains("count(r) from ChangeRequestEntity"))
                .mapToLong(q -> stats.getQueryStatistics(q).getExecutionCount())
                .sum();
    }

    /**
     * Sets up the dashboard's company with a request that waits for its founder, signs the founder in and opens a page
     * that does not list what waits, where something is counted beside 等我決定. Returns the request's id.
     */
    private long requestWaitingForTheFounder(Company c) throws Exception {
        InsightsFixtures.Setup setup = InsightsFixtures.setUp(insights, c);
        long requestId = InsightsFixtures.metaToGoogleRequest(insights, c, setup);
        signInAs(c.founder());
        navigate(ChannelsView.class);
        assertThat(approvalsCount()).isPositive();
        return requestId;
    }

    /** The number beside 等我決定; 0 when none is shown. */
    private int approvalsCount() {
        MainLayout layout = $(MainLayout.class).first();
        int count = (int) layout.countBeside("approvals");
        // and the number is the one sent beside the entry
        var item = org.jsoup.Jsoup.parseBodyFragment(layout.navigationHtml())
                .selectFirst("vaadin-side-nav-item[path$=approvals]");
        assertThat(item).isNotNull();
        var pill = item.selectFirst(".nav-count");
        assertThat(pill == null ? 0 : Integer.parseInt(pill.text())).isEqualTo(count);
        return count;
    }
}
