package app.baton.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.BrowserlessIT;
import app.baton.MutableClock;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.insights.InsightsFixtures;
import app.baton.insights.ui.WaitingForMeView;
import app.baton.notifications.NotificationService;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The counts beside the menu are counted again at the first navigation after anything was committed for the company,
 * and otherwise kept for {@link MainLayout#BADGES_KEPT} (another replica's commits show after that long). Another
 * company's commits do not make them counted again.
 */
class MenuCountsIT extends BrowserlessIT {

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

    @Test
    void counts_are_made_again_after_a_commit_for_the_company_and_otherwise_kept_a_while() throws Exception {
        Company c = companies.create("menu-counts");
        Company other = companies.create("menu-counts-other");
        InsightsFixtures.Setup setup = InsightsFixtures.setUp(insights, c);
        long requestId = InsightsFixtures.metaToGoogleRequest(insights, c, setup);

        signInAs(c.founder());
        navigate(WaitingForMeView.class);
        int waiting = approvalsCount();
        assertThat(waiting).isPositive();

        // a change no commit of this replica told of (here straight into the database): the count is kept
        jdbc.update("update budget_change_request set status = 'WITHDRAWN' where id = ?", requestId);
        navigate(HomeView.class);
        assertThat(approvalsCount()).isEqualTo(waiting);

        // another company's commit leaves this company's counts alone
        companies.run(other.founder(), () -> notifications.markAllRead());
        navigate(WaitingForMeView.class);
        assertThat(approvalsCount()).isEqualTo(waiting);

        // a commit for the company: the next navigation counts again
        companies.run(c.successor(), () -> notifications.markAllRead());
        navigate(HomeView.class);
        assertThat(approvalsCount()).isEqualTo(waiting - 1);

        // with no commit at all, the count is at most BADGES_KEPT old
        jdbc.update("update budget_change_request set status = 'SUBMITTED' where id = ?", requestId);
        clock.advance(MainLayout.BADGES_KEPT.minus(Duration.ofSeconds(1)));
        navigate(WaitingForMeView.class);
        assertThat(approvalsCount()).isEqualTo(waiting - 1);
        clock.advance(Duration.ofSeconds(1));
        navigate(HomeView.class);
        assertThat(approvalsCount()).isEqualTo(waiting);
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
