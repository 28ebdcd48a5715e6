package app.baton.insights;

import app.baton.TestCalendar;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.BudgetPlanService;
import app.baton.budgets.ChannelService;
import app.baton.budgets.PlanView;
import app.baton.budgets.Tier;
import app.baton.reports.EngagementKpi;
import app.baton.reports.EngagementService;
import app.baton.reports.EngagementTarget;
import app.baton.reports.ReportFixtures;
import app.baton.reports.ReportService;
import app.baton.reports.ReportVersionQueryService;
import app.baton.reports.ReviewService;
import app.baton.reports.ReviewStatus;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A company ready for the dashboard: an active plan for {@link #YEAR} (Google Ads 600,000 and Meta Ads 240,000 in
 * the foundation, LINE 120,000 in experiments), 5,000 entered on Google Ads in {@link #AUGUST}, an engagement over both
 * ad channels with that month's report accepted and the next month's ({@link #SEPTEMBER}) waiting for review. The two
 * months are the last pair of one year that lie past their due day at the tests' start date ({@link TestCalendar});
 * with the default start they are August and September 2026, hence the names.
 */
@org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
public class InsightsFixtures {

    public static final YearMonth AUGUST = TestCalendar.firstReportMonth();
    public static final YearMonth SEPTEMBER = TestCalendar.secondReportMonth();
    public static final int YEAR = AUGUST.getYear();

    @org.springframework.context.annotation.Bean
    Services insightsServices(
            Companies companies,
            BudgetPlanService plans,
            app.baton.budgets.BudgetPlanQueryService planQueries,
            ChannelService channels,
            EngagementService engagements,
            ReportService reports,
            ReviewService reviews,
            ReportVersionQueryService reportVersions,
            app.baton.budgets.BudgetRequestService requests) {
        return new Services(
                companies, plans, planQueries, channels, engagements, reports, reviews, reportVersions, requests);
    }

    /** What was set up. */
    public record Setup(Map<String, Long> channels, long planId, long engagementId) {

        public long channel(String code) {
            return channels.get(code);
        }
    }

    /** The services the set-up uses (a bean in every test context). */
    public record Services(
            Companies companies,
            BudgetPlanService plans,
            app.baton.budgets.BudgetPlanQueryService planQueries,
            ChannelService channels,
            EngagementService engagements,
            ReportService reports,
            ReviewService reviews,
            ReportVersionQueryService reportVersions,
            app.baton.budgets.BudgetRequestService requests) {}

    public static Setup setUp(Services s, Company company) throws Exception {
        Map<String, Long> byCode = s.companies()
                .as(
                        company.founder(),
                        () -> s.channels().channels().stream()
                                .filter(ch -> ch.code() != null)
                                .collect(Collectors.toMap(
                                        ChannelService.ChannelView::code, ChannelService.ChannelView::id)));
        long planId = s.companies().as(company.founder(), () -> {
            PlanView plan = s.plans().create(YEAR, money(20_000_000), money(960_000));
            plan = s.plans()
                    .setChannelYear(
                            plan.id(), plan.changeCount(), Tier.FOUNDATION, byCode.get("GOOGLE_ADS"), money(600_000));
            plan = s.plans()
                    .setChannelYear(
                            plan.id(), plan.changeCount(), Tier.FOUNDATION, byCode.get("META_ADS"), money(240_000));
            plan = s.plans()
                    .setChannelYear(plan.id(), plan.changeCount(), Tier.EXPERIMENT, byCode.get("LINE"), money(120_000));
            plan = s.plans().activate(plan.id(), plan.changeCount());
            s.plans().recordSpent(plan.id(), Tier.FOUNDATION, byCode.get("GOOGLE_ADS"), AUGUST, money(5_000));
            return plan.id();
        });
        long engagementId = engagement(s, company, byCode);
        upload(s, company, engagementId, AUGUST, true);
        upload(s, company, engagementId, SEPTEMBER, false);
        return new Setup(byCode, planId, engagementId);
    }

    /** Another engagement of the company's agency over Google Ads and Meta Ads, over {@link #YEAR} and the next, ROAS target 3. */
    public static long engagement(Services s, Company company, Map<String, Long> byCode) throws Exception {
        return s.companies()
                .as(
                        company.founder(),
                        () -> s.engagements()
                                .create(new EngagementService.Form(
                                        company.vendor().membership().vendorOrganisationName(),
                                        "Search and social",
                                        Set.of(byCode.get("GOOGLE_ADS"), byCode.get("META_ADS")),
                                        "monthly campaigns",
                                        "bids, creatives, reports",
                                        "pricing, landing pages",
                                        money(30_000),
                                        money(10_000_000),
                                        LocalDate.of(YEAR, 1, 1),
                                        LocalDate.of(YEAR + 1, 12, 31),
                                        10,
                                        List.of(new EngagementTarget(EngagementKpi.ROAS, null, new BigDecimal("3"))),
                                        app.baton.reports.ConversionKind.PURCHASE,
                                        "",
                                        java.util.Map.of())))
                .id();
    }

    /** Uploads the month's template file (Google Ads and Meta Ads rows) as the agency, and accepts it when asked. */
    public static void upload(Services s, Company company, long engagementId, YearMonth month, boolean accept)
            throws Exception {
        ReportService.Submitted v = s.companies()
                .as(
                        company.vendor(),
                        () -> s.reports()
                                .upload(
                                        engagementId,
                                        month,
                                        "report.csv",
                                        new ByteArrayInputStream(ReportFixtures.month(month.toString(), 1, true)),
                                        null,
                                        List.of()));
        if (accept) {
            long version = s.companies()
                    .as(
                            company.founder(),
                            () -> s.reportVersions().version(v.versionId()).version());
            s.companies()
                    .run(
                            company.founder(),
                            () -> s.reviews().review(v.versionId(), version, ReviewStatus.ACCEPTED, null));
        }
    }

    /**
     * A move of {@code amount} between two channels in the month three months after {@link #AUGUST} (inside the plan,
     * after the report months), with a reason: the request the tests of waiting, the log and the decision page submit.
     */
    /**
     * The successor sends the request {@code command} makes from the plan's change count as it stands now; the
     * request's id.
     */
    public static long request(
            Services s,
            Company company,
            Setup setup,
            java.util.function.LongFunction<app.baton.budgets.RequestCommand> command)
            throws Exception {
        long changeCount = s.companies()
                .as(
                        company.successor(),
                        () -> s.planQueries().plan(setup.planId()).changeCount());
        return s.companies()
                .as(company.successor(), () -> s.requests().submit(command.apply(changeCount)))
                .row()
                .id();
    }

    /** The successor's usual request: NT$20,000 of the foundation tier moved from Meta Ads to Google Ads. */
    public static long metaToGoogleRequest(Services s, Company company, Setup setup) throws Exception {
        return request(
                s,
                company,
                setup,
                count -> move(
                        setup,
                        count,
                        20_000,
                        Tier.FOUNDATION,
                        "META_ADS",
                        Tier.FOUNDATION,
                        "GOOGLE_ADS",
                        "Google Ads beats its ROAS target"));
    }

    public static app.baton.budgets.RequestCommand move(
            Setup setup,
            long changeCount,
            long amount,
            Tier fromTier,
            String fromChannel,
            Tier toTier,
            String toChannel,
            String reason) {
        List<YearMonth> month = List.of(AUGUST.plusMonths(3));
        return new app.baton.budgets.RequestCommand(
                setup.planId(),
                changeCount,
                app.baton.budgets.RequestKind.MOVE,
                money(amount),
                fromTier,
                setup.channel(fromChannel),
                month,
                toTier,
                setup.channel(toChannel),
                month,
                reason,
                null);
    }

    public static BigDecimal money(long amount) {
        return BigDecimal.valueOf(amount);
    }

    /** The pack's labels in {@code locale}, channels as their ids. */
    public static PackLabels labels(org.springframework.context.MessageSource messages, java.util.Locale zh) {
        return new PackLabels() {
            @Override
            public String t(String key, Object... args) {
                return messages.getMessage(key, args, zh);
            }

            @Override
            public String channel(Long channelId) {
                return channelId == null ? t("dashboard.allChannels") : "#" + channelId;
            }

            @Override
            public String tier(Tier tier) {
                return tier == null ? t("dashboard.total") : t("tier." + tier.name());
            }

            @Override
            public String month(YearMonth month) {
                return month.toString();
            }

            @Override
            public String kpi(TrendKpi kpi, BigDecimal value) {
                return value == null ? "—" : value.toPlainString();
            }
        };
    }
}
