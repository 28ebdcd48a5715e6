package app.baton.insights;

import app.baton.DatabaseTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.ChannelService;
import jakarta.persistence.EntityManagerFactory;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Prints how long the large company's dashboard data and monthly review page take to load on the test database
 * (server-side, in process; median of 10 after 3 warm-up runs) and how many SQL statements each issues (Hibernate
 * statistics). Generates the data first ({@link LargeTenant}: 5 fiscal years, 40 channels, 20 engagements with daily
 * report rows, 500 experiments, 5,000 requests, and 200 small companies). Asserts nothing. Run:
 * {@code ./mvnw verify -Pbench -Dit.test=DashboardBench} (with {@code TEST_DB_URL} pointing at MariaDB).
 */
class DashboardBench extends DatabaseTestBase {

    @Autowired
    java.time.Clock clock;

    static final int WARM_UP = 3;
    static final int RUNS = 10;

    @Autowired
    Companies companies;

    @Autowired
    ChannelService channels;

    @Autowired
    DashboardService dashboards;

    @Autowired
    MeetingService meetings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void large_tenant_dashboard_and_meeting() throws Throwable {
        Company c = companies.create("large");
        companies.as(c.founder(), () -> channels.channels());
        YearMonth now = YearMonth.now(clock.withZone(ZoneId.of("Asia/Taipei")));
        int year = now.getYear();
        YearMonth lastReported = now.minusMonths(1);
        long started = System.nanoTime();
        LargeTenant generator = new LargeTenant(jdbc);
        generator.smallTenants(year);
        long agencyId = Objects.requireNonNull(c.vendor().membership().vendorOrganisationId());
        generator.fill(c.id(), c.founder().userId(), c.successor().userId(), agencyId, year, lastReported);
        System.out.printf(
                Locale.ROOT, "%ngenerated in %.1f s: %s%n", (System.nanoTime() - started) / 1e9, counts(c.id()));

        Statistics stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        measure(
                "dashboard (fiscal year " + year + ")",
                stats,
                () -> companies.as(c.founder(), () -> dashboards.dashboard(year).orElseThrow()));
        measure(
                "monthly review page (" + lastReported + ")",
                stats,
                () -> companies.as(
                        c.founder(), () -> meetings.meeting(lastReported).orElseThrow()));
        stats.setStatisticsEnabled(false);
    }

    private String counts(long tenantId) {
        StringBuilder out = new StringBuilder();
        for (String table : List.of(
                "budget_plan",
                "budget_line",
                "budget_channel",
                "vendor_engagement",
                "report_version",
                "report_channel_sum",
                "report_flag",
                "experiment",
                "budget_change_request")) {
            out.append(table)
                    .append(' ')
                    .append(jdbc.queryForObject(
                            "select count(*) from " + table + " where tenant_id = ?", Long.class, tenantId))
                    .append(", ");
        }
        out.append("tenants ").append(jdbc.queryForObject("select count(*) from tenant", Long.class));
        return out.toString();
    }

    private interface Work {
        Object run() throws Exception;
    }

    private static void measure(String what, Statistics stats, Work work) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            work.run();
        }
        List<Double> times = new ArrayList<>();
        long statements = 0;
        for (int i = 0; i < RUNS; i++) {
            stats.clear();
            long t = System.nanoTime();
            work.run();
            times.add((System.nanoTime() - t) / 1e6);
            statements = stats.getPrepareStatementCount();
        }
        List<Double> sorted = times.stream().sorted().toList();
        double median = (sorted.get(RUNS / 2 - 1) + sorted.get(RUNS / 2)) / 2;
        System.out.printf(
                Locale.ROOT,
                "%s: median %.0f ms (min %.0f, max %.0f), %d SQL statements per load%n",
                what,
                median,
                sorted.get(0),
                sorted.get(RUNS - 1),
                statements);
    }
}
