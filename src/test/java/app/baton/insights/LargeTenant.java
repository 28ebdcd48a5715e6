package app.baton.insights;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generates a realistic large company for the dashboard benchmark straight into the database (JDBC batches; the
 * services would take hours for this much history): five fiscal years of plans over 40 channels with spend, 20 agency
 * engagements reporting every month from daily rows (summed per channel; flags on some versions), 500 experiments in
 * every state and 5,000 budget change requests. Also 200 small companies beside it. Seeded, so every run generates
 * the same data.
 */
final class LargeTenant {

    static final int YEARS = 5;
    static final int CHANNELS = 40;
    static final int ENGAGEMENTS = 20;
    static final int EXPERIMENTS = 500;
    static final int REQUESTS = 5_000;
    static final int SMALL_TENANTS = 200;
    static final String[] STATES = {
        "DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "APPROVED", "REJECTED", "RUNNING", "RESULTS_SUBMITTED", "CONCLUDED"
    };

    private final JdbcTemplate jdbc;
    private final Random random = new Random(20261123);
    private final Timestamp now = Timestamp.from(app.baton.MutableClock.start());

    LargeTenant(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Fills the company {@code tenantId} (made by the test fixtures, with its founder, successor and agency). */
    void fill(long tenantId, long founderId, long successorId, long agencyId, int lastYear, YearMonth lastReported) {
        List<Long> channels = channels(tenantId, founderId);
        List<Long> plans = new ArrayList<>();
        for (int year = lastYear - YEARS + 1; year <= lastYear; year++) {
            plans.add(plan(tenantId, founderId, year, channels, lastReported));
        }
        engagements(tenantId, founderId, agencyId, channels, lastYear, lastReported);
        experiments(tenantId, successorId, channels, lastYear, EXPERIMENTS);
        requests(tenantId, founderId, successorId, plans, channels);
    }

    private List<Long> channels(long tenantId, long founderId) {
        List<Long> ids = new ArrayList<>(jdbc.queryForList(
                "select id from budget_channel where tenant_id = ? order by id", Long.class, tenantId));
        List<Object[]> rows = new ArrayList<>();
        for (int i = ids.size(); i < CHANNELS; i++) {
            rows.add(new Object[] {tenantId, "自訂管道 " + i, 100 + i});
        }
        jdbc.batchUpdate(
                "insert into budget_channel (tenant_id, code, name, archived, sort_order, version)"
                        + " values (?, null, ?, false, ?, 0)",
                rows);
        return jdbc.queryForList("select id from budget_channel where tenant_id = ? order by id", Long.class, tenantId);
    }

    /** An ACTIVE plan: channels 0–27 foundation, 28–35 experiment, 36–39 reserve; spend entered for past months. */
    private long plan(long tenantId, long founderId, int year, List<Long> channels, YearMonth lastReported) {
        BigDecimal total = BigDecimal.valueOf(12L * CHANNELS * 50_000);
        jdbc.update(
                "insert into budget_plan (tenant_id, fiscal_year, first_month, currency, revenue_forecast, total_budget,"
                        + " baseline_total, status, activated_at, activated_by_user_id, change_count, created_at,"
                        + " version) values (?, ?, ?, 'TWD', ?, ?, ?, 'ACTIVE', ?, ?, 3, ?, 3)",
                tenantId,
                year,
                Date.valueOf(LocalDate.of(year, 1, 1)),
                total.multiply(BigDecimal.TEN),
                total,
                total,
                now,
                founderId,
                now);
        long planId = jdbc.queryForObject(
                "select id from budget_plan where tenant_id = ? and fiscal_year = ?", Long.class, tenantId, year);
        List<Object[]> lines = new ArrayList<>();
        for (int c = 0; c < channels.size(); c++) {
            String tier = c < 28 ? "FOUNDATION" : c < 36 ? "EXPERIMENT" : "RESERVE";
            for (int m = 0; m < 12; m++) {
                BigDecimal planned = BigDecimal.valueOf(40_000 + random.nextInt(20_000));
                boolean past = !YearMonth.of(year, m + 1).isAfter(lastReported);
                BigDecimal spent = past && c % 3 == 0
                        ? planned.multiply(BigDecimal.valueOf(0.5 + random.nextDouble() * 0.6))
                                .setScale(0, RoundingMode.HALF_UP)
                        : BigDecimal.ZERO;
                lines.add(new Object[] {tenantId, planId, tier, channels.get(c), m, planned, planned, spent});
            }
        }
        jdbc.batchUpdate(
                "insert into budget_line (tenant_id, plan_id, tier, channel_id, month_index, planned, baseline, spent)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)",
                lines);
        return planId;
    }

    /**
     * Engagements over the five years, two channels each, reporting every month up to {@code lastReported}: daily
     * rows for three campaigns are generated and summed per channel; the newest month waits for review, the others
     * are accepted; one version in ten carries two flags.
     */
    private void engagements(
            long tenantId, long founderId, long agencyId, List<Long> channels, int lastYear, YearMonth lastReported) {
        LocalDate start = LocalDate.of(lastYear - YEARS + 1, 1, 1);
        LocalDate end = LocalDate.of(lastYear, 12, 31);
        for (int e = 0; e < ENGAGEMENTS; e++) {
            long first = channels.get((2 * e) % 28);
            long second = channels.get((2 * e + 1) % 28);
            jdbc.update(
                    "insert into vendor_engagement (tenant_id, vendor_organisation_id, title, channel_ids, deliverables,"
                            + " vendor_duties, in_house_duties, monthly_fee, media_spend_cap, start_date, end_date,"
                            + " due_day, created_by_user_id, created_at, version)"
                            + " values (?, ?, ?, ?, 'campaigns', 'bids', 'pricing', 30000, 2000000, ?, ?, 10, ?, ?, 0)",
                    tenantId,
                    agencyId,
                    "合約 " + e,
                    first + "," + second,
                    Date.valueOf(start),
                    Date.valueOf(end),
                    founderId,
                    now);
            long engagementId = jdbc.queryForObject(
                    "select max(id) from vendor_engagement where tenant_id = ?", Long.class, tenantId);
            jdbc.update(
                    "insert into engagement_kpi_target (tenant_id, engagement_id, kpi, target_month, target)"
                            + " values (?, ?, 'ROAS', null, 3)",
                    tenantId,
                    engagementId);
            List<Object[]> sums = new ArrayList<>();
            for (YearMonth month = YearMonth.from(start); !month.isAfter(lastReported); month = month.plusMonths(1)) {
                boolean newest = month.equals(lastReported);
                long[][] perChannel = daily(month);
                long[] total = new long[6];
                for (long[] channel : perChannel) {
                    for (int i = 0; i < 6; i++) {
                        total[i] += channel[i];
                    }
                }
                jdbc.update(
                        "insert into report_version (tenant_id, engagement_id, report_month, version_number, status,"
                                + " format, file_name, media_type, size_bytes, sha256, storage_key, rows_storage_key,"
                                + " row_count, impressions, clicks, cost, conversions, conversion_value, new_customers,"
                                + " definitions, campaigns, note, uploaded_by_user_id, uploaded_at, reviewed_by_user_id,"
                                + " reviewed_at, review_reason, version) values (?, ?, ?, 1, ?, 'BATON_TEMPLATE',"
                                + " 'report.csv', 'text/csv', 4096, ?, 'bench/none', 'bench/none', ?, ?, ?, ?, ?, ?, ?,"
                                + " '', 'Brand\nRetargeting\nProspecting', null, ?, ?, ?, ?, null, 0)",
                        tenantId,
                        engagementId,
                        Date.valueOf(month.atDay(1)),
                        newest ? "SUBMITTED" : "ACCEPTED",
                        "0".repeat(64),
                        month.lengthOfMonth() * 3 * 2,
                        total[0],
                        total[1],
                        total[2],
                        total[3],
                        total[4],
                        total[5],
                        founderId,
                        Timestamp.valueOf(month.plusMonths(1).atDay(5).atStartOfDay()),
                        newest ? null : founderId,
                        newest
                                ? null
                                : Timestamp.valueOf(
                                        month.plusMonths(1).atDay(12).atStartOfDay()));
                long versionId = jdbc.queryForObject(
                        "select max(id) from report_version where tenant_id = ?", Long.class, tenantId);
                long[] ids = {first, second};
                for (int c = 0; c < 2; c++) {
                    long[] s = perChannel[c];
                    sums.add(new Object[] {tenantId, versionId, ids[c], s[0], s[1], s[2], s[3], s[4], s[5]});
                }
                if (random.nextInt(10) == 0 || newest) {
                    for (String code : new String[] {"METRIC_SPIKE", "SUSPICIOUSLY_ROUND"}) {
                        jdbc.update(
                                "insert into report_flag (tenant_id, report_version_id, code, severity, row_numbers,"
                                        + " arguments, state, version) values (?, ?, ?, 'WARNING', '3', 'x', ?, 0)",
                                tenantId,
                                versionId,
                                code,
                                newest ? "OPEN" : "RESOLVED");
                    }
                }
            }
            jdbc.batchUpdate(
                    "insert into report_channel_sum (tenant_id, report_version_id, channel_id, impressions, clicks,"
                            + " cost, conversions, conversion_value, new_customers) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    sums);
        }
    }

    /** A month of daily rows for three campaigns on two channels, summed per channel. */
    private long[][] daily(YearMonth month) {
        long[][] perChannel = new long[2][6];
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            for (int campaign = 0; campaign < 3; campaign++) {
                long impressions = 20_000 + random.nextInt(30_000);
                long clicks = impressions * (10 + random.nextInt(40)) / 1_000;
                long cost = clicks * (8 + random.nextInt(12));
                long conversions = clicks * (1 + random.nextInt(5)) / 100;
                long value = conversions * (800 + random.nextInt(1_500));
                long customers = conversions / 3;
                long[] target = perChannel[campaign == 2 ? 1 : 0];
                target[0] += impressions;
                target[1] += clicks;
                target[2] += cost;
                target[3] += conversions;
                target[4] += value;
                target[5] += customers;
            }
        }
        return perChannel;
    }

    private void experiments(long tenantId, long successorId, List<Long> channels, int lastYear, int count) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String status = STATES[i % STATES.length];
            LocalDate start = LocalDate.of(lastYear - YEARS + 1, 1, 1).plusDays(random.nextInt(365 * YEARS - 60));
            BigDecimal budget = BigDecimal.valueOf(20_000 + random.nextInt(80_000));
            BigDecimal spent = status.equals("RESULTS_SUBMITTED") || status.equals("CONCLUDED")
                    ? budget.multiply(BigDecimal.valueOf(0.6 + random.nextDouble() * 0.4))
                            .setScale(0, RoundingMode.HALF_UP)
                    : null;
            rows.add(new Object[] {
                tenantId,
                "實驗 " + i,
                "如果我們嘗試新做法，成效就會提升，因為數據顯示有機會。",
                channels.get((channels.size() >= 36 ? 28 : 0) + i % 8),
                budget,
                Date.valueOf(start),
                Date.valueOf(start.plusDays(45)),
                status,
                successorId,
                now,
                spent
            });
        }
        jdbc.batchUpdate(
                "insert into experiment (tenant_id, title, hypothesis, channel_id, method, requested_budget, start_date,"
                        + " end_date, status, proposer_user_id, time_zone, created_at, actual_spend, version)"
                        + " values (?, ?, ?, ?, 'PILOT', ?, ?, ?, ?, ?, 'Asia/Taipei', ?, ?, 0)",
                rows);
        jdbc.update(
                "insert into experiment_metric (tenant_id, experiment_id, position, kind, baseline, target, direction)"
                        + " select tenant_id, id, 0, 'CR', 0.02, 0.03, 'HIGHER' from experiment where tenant_id = ?",
                tenantId);
        jdbc.update(
                "insert into experiment_metric (tenant_id, experiment_id, position, kind, baseline, target, direction)"
                        + " select tenant_id, id, 1, 'CAC', 1500, 1200, 'LOWER' from experiment where tenant_id = ?",
                tenantId);
    }

    /** Requests over the five plans: most decided, 40 still open (submitted or partly approved). */
    private void requests(long tenantId, long founderId, long successorId, List<Long> plans, List<Long> channels) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String status = i >= REQUESTS - 40
                    ? (i % 2 == 0 ? "SUBMITTED" : "PARTIALLY_APPROVED")
                    : (i % 4 == 0 ? "REJECTED" : i % 7 == 0 ? "WITHDRAWN" : "APPROVED");
            long plan = plans.get(i * plans.size() / REQUESTS);
            long from = channels.get(random.nextInt(28));
            long to = channels.get(random.nextInt(28));
            boolean decided = !status.equals("SUBMITTED") && !status.equals("PARTIALLY_APPROVED");
            rows.add(new Object[] {
                tenantId,
                plan,
                BigDecimal.valueOf(1_000 + random.nextInt(50_000)),
                from,
                to,
                "調整預算 " + i,
                successorId,
                now,
                status,
                decided ? founderId : null,
                decided ? now : null
            });
        }
        jdbc.batchUpdate(
                "insert into budget_change_request (tenant_id, plan_id, kind, status, amount, from_tier, from_channel_id,"
                        + " to_tier, to_channel_id, reason, requested_by_user_id, requester_role, submitted_at,"
                        + " plan_change_count, delegated, decided_by_user_id, decided_at, version) values"
                        + " (?, ?, 'MOVE', ?, ?, 'FOUNDATION', ?, 'FOUNDATION', ?, ?, ?, 'SUCCESSOR', ?, 3, false, ?, ?, 0)",
                rows.stream()
                        .map(r -> new Object[] {r[0], r[1], r[8], r[2], r[3], r[4], r[5], r[6], r[7], r[9], r[10]})
                        .toList());
        jdbc.update(
                "insert into budget_change_request_line (tenant_id, request_id, tier, channel_id, month_index, delta)"
                        + " select tenant_id, id, 'FOUNDATION', from_channel_id, 5, -amount from budget_change_request"
                        + " where tenant_id = ?",
                tenantId);
        jdbc.update(
                "insert into budget_change_request_line (tenant_id, request_id, tier, channel_id, month_index, delta)"
                        + " select tenant_id, id, 'FOUNDATION', to_channel_id, 5, amount from budget_change_request"
                        + " where tenant_id = ?",
                tenantId);
    }

    /** 200 small companies: a founder, the default channels, this year's plan, a few requests and experiments. */
    void smallTenants(int year) {
        for (int t = 0; t < SMALL_TENANTS; t++) {
            jdbc.update(
                    "insert into tenant (name, currency, fiscal_year_start_month, time_zone, language_tag, created_at,"
                            + " version) values (?, 'TWD', 1, 'Asia/Taipei', 'zh-TW', ?, 0)",
                    "小公司 " + t + " " + System.nanoTime(),
                    now);
            long tenantId = jdbc.queryForObject("select max(id) from tenant", Long.class);
            jdbc.update(
                    "insert into user_account (email, display_name, language_tag, password_hash, created_at, version)"
                            + " values (?, ?, 'zh-TW', 'x', ?, 0)",
                    "small-" + tenantId + "-" + System.nanoTime() + "@bench.example",
                    "老闆 " + t,
                    now);
            long userId = jdbc.queryForObject("select max(id) from user_account", Long.class);
            jdbc.update(
                    "insert into membership (tenant_id, user_id, role, created_at, version)"
                            + " values (?, ?, 'FOUNDER', ?, 0)",
                    tenantId,
                    userId,
                    now);
            List<Object[]> channelRows = new ArrayList<>();
            for (int c = 0; c < 12; c++) {
                channelRows.add(new Object[] {tenantId, "C" + c, c});
            }
            jdbc.batchUpdate(
                    "insert into budget_channel (tenant_id, code, name, archived, sort_order, version)"
                            + " values (?, ?, null, false, ?, 0)",
                    channelRows);
            List<Long> channels = jdbc.queryForList(
                    "select id from budget_channel where tenant_id = ? order by id", Long.class, tenantId);
            long planId = plan(tenantId, userId, year, channels, YearMonth.of(year, 10));
            experiments(tenantId, userId, channels, year, 3);
            jdbc.update(
                    "insert into budget_change_request (tenant_id, plan_id, kind, status, amount, from_tier,"
                            + " from_channel_id, to_tier, to_channel_id, reason, requested_by_user_id, requester_role,"
                            + " submitted_at, plan_change_count, delegated, version) values (?, ?, 'MOVE', 'SUBMITTED',"
                            + " 5000, 'FOUNDATION', ?, 'FOUNDATION', ?, 'small', ?, 'FOUNDER', ?, 3, false, 0)",
                    tenantId,
                    planId,
                    channels.get(0),
                    channels.get(1),
                    userId,
                    now);
        }
    }
}
