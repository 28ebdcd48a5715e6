package app.baton.insights;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.budgets.BudgetSheet;
import app.baton.budgets.ChannelRow;
import app.baton.budgets.Guardrails;
import app.baton.budgets.PlanStatus;
import app.baton.budgets.PlanView;
import app.baton.budgets.Tier;
import app.baton.budgets.TierView;
import app.baton.insights.BudgetActuals.Source;
import app.baton.insights.BudgetActuals.Spend;
import app.baton.insights.Suggestions.Kind;
import app.baton.reports.EngagementKpi;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Budget vs actual, the run-rate forecast, the trend KPIs and the suggestion rules, without Spring. */
class InsightsArithmeticTest {

    static final long ADS = 1;
    static final long LINE = 2;
    static final long SEO = 3;

    /** Foundation: ADS 10,000 a month (8,000 as activated), SEO 1,000; experiment: LINE 2,000; reserve empty. */
    static PlanView plan(List<BigDecimal> adsSpent) {
        List<TierView> tiers = new ArrayList<>();
        tiers.add(tier(
                Tier.FOUNDATION,
                List.of(
                        row(Tier.FOUNDATION, ADS, "10000", "8000", adsSpent),
                        row(Tier.FOUNDATION, SEO, "1000", "1000", zeros()))));
        tiers.add(tier(Tier.EXPERIMENT, List.of(row(Tier.EXPERIMENT, LINE, "2000", "2000", zeros()))));
        tiers.add(tier(Tier.RESERVE, List.of()));
        return new PlanView(
                1,
                2026,
                YearMonth.of(2026, 1),
                "TWD",
                new BigDecimal("10000000"),
                new BigDecimal("156000"),
                null,
                new BigDecimal("156000"),
                PlanStatus.ACTIVE,
                null,
                0,
                tiers,
                zeros(),
                Guardrails.defaults());
    }

    static ChannelRow row(Tier tier, long channel, String month, String original, List<BigDecimal> spent) {
        List<BigDecimal> months = Collections.nCopies(12, new BigDecimal(month));
        List<BigDecimal> originals = Collections.nCopies(12, new BigDecimal(original));
        return new ChannelRow(
                tier, channel, months, originals, spent, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    static TierView tier(Tier tier, List<ChannelRow> rows) {
        return new TierView(
                tier,
                rows,
                zeros(),
                zeros(),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BudgetSheet.GuardrailStatus.values()[0]);
    }

    static List<BigDecimal> zeros() {
        return Collections.nCopies(12, BigDecimal.ZERO);
    }

    static List<BigDecimal> spent(String... first) {
        List<BigDecimal> list = new ArrayList<>(zeros());
        for (int i = 0; i < first.length; i++) {
            list.set(i, new BigDecimal(first[i]));
        }
        return list;
    }

    @Test
    void a_lead_engagement_is_judged_by_cost_per_lead_and_how_many_leads_its_channels_turned_into_orders() {
        var leads = new DashboardService.EngagementCost(
                1,
                app.baton.reports.ConversionKind.LEAD,
                new BigDecimal("10000"),
                new BigDecimal("20000"),
                new BigDecimal("300"),
                45);
        assertThat(leads.perLead()).isEqualByComparingTo("100");
        assertThat(leads.leadToOrder()).isEqualByComparingTo("0.15");
        assertThat(leads.perVerifiedOrder()).isNull();
        // without UTM tags or coupons the data cannot link leads to orders
        var unlinked = new DashboardService.EngagementCost(
                1,
                app.baton.reports.ConversionKind.LEAD,
                BigDecimal.ZERO,
                new BigDecimal("20000"),
                new BigDecimal("300"),
                null);
        assertThat(unlinked.leadToOrder()).isNull();
        var purchases = new DashboardService.EngagementCost(
                2,
                app.baton.reports.ConversionKind.PURCHASE,
                new BigDecimal("10000"),
                new BigDecimal("20000"),
                new BigDecimal("300"),
                60);
        assertThat(purchases.perVerifiedOrder()).isEqualByComparingTo("500");
        assertThat(purchases.perLead()).isNull();
        assertThat(purchases.leadToOrder()).isNull();
    }

    @Test
    void actual_counts_media_once_a_report_replacing_what_was_entered_and_committed_is_held_budget() {
        List<Spend> spends = List.of(
                new Spend(Tier.FOUNDATION, ADS, 0, new BigDecimal("3000"), Source.REPORT, 11),
                new Spend(Tier.EXPERIMENT, LINE, 1, new BigDecimal("1500"), Source.EXPERIMENT_RESULT, 21),
                new Spend(Tier.EXPERIMENT, LINE, 2, new BigDecimal("2500"), Source.EXPERIMENT_COMMITTED, 22));
        BudgetActuals.Table table = BudgetActuals.compute(plan(spent("4000", "5000")), spends, 2, 0);

        BudgetActuals.Amounts janAds = table.channelsOf(Tier.FOUNDATION).get(0).month(0);
        assertThat(janAds.planned()).isEqualByComparingTo("10000");
        assertThat(janAds.original()).isEqualByComparingTo("8000");
        // 4,000 entered by hand and 3,000 in the accepted report are the same media spend: the report's counts
        assertThat(janAds.actual()).isEqualByComparingTo("3000");
        assertThat(janAds.remaining()).isEqualByComparingTo("7000");
        assertThat(janAds.used()).isEqualByComparingTo("0.3");
        // February has no report: what was entered counts
        assertThat(table.channelsOf(Tier.FOUNDATION).get(0).month(1).actual()).isEqualByComparingTo("5000");

        BudgetActuals.Amounts line = table.tier(Tier.EXPERIMENT).year();
        assertThat(line.actual()).isEqualByComparingTo("1500");
        assertThat(line.committed()).isEqualByComparingTo("2500");
        assertThat(line.remaining()).isEqualByComparingTo("20000");

        BudgetActuals.Amounts total = table.total().year();
        assertThat(total.planned()).isEqualByComparingTo("156000");
        assertThat(total.original()).isEqualByComparingTo("132000");
        assertThat(total.actual()).isEqualByComparingTo("9500");
        assertThat(total.committed()).isEqualByComparingTo("2500");
        assertThat(total.remaining()).isEqualByComparingTo("144000");
        // the tiers add up to the total
        BigDecimal tiers = table.tiers().stream().map(t -> t.year().actual()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(tiers).isEqualByComparingTo(total.actual());
    }

    @Test
    void spend_on_a_channel_outside_the_plan_gets_its_own_line_and_months_outside_are_ignored() {
        List<Spend> spends = List.of(
                new Spend(Tier.RESERVE, 9, 3, new BigDecimal("700"), Source.REPORT, 1),
                new Spend(Tier.RESERVE, 9, 12, new BigDecimal("999"), Source.REPORT, 2));
        BudgetActuals.Table table = BudgetActuals.compute(plan(zeros()), spends, 0, 0);
        assertThat(table.channelsOf(Tier.RESERVE)).hasSize(1);
        assertThat(table.channelsOf(Tier.RESERVE).get(0).year().actual()).isEqualByComparingTo("700");
        assertThat(table.channelsOf(Tier.RESERVE).get(0).year().remaining()).isEqualByComparingTo("-700");
    }

    @Test
    void run_rate_forecast_extrapolates_the_closed_months() {
        List<BigDecimal> monthly = spent("1000", "2000", "3000", "99999");
        assertThat(BudgetActuals.forecast(monthly, 0, 0)).isNull();
        // three closed months: 6,000 in 3 months → 24,000 a year; the open fourth month is not counted
        assertThat(BudgetActuals.forecast(monthly, 3, 0)).isEqualByComparingTo("24000");
        assertThat(BudgetActuals.forecast(spent("100", "100", "101"), 3, 2)).isEqualByComparingTo("1204.00");
        List<BigDecimal> year = Collections.nCopies(12, new BigDecimal("10"));
        assertThat(BudgetActuals.forecast(year, 12, 0)).isEqualByComparingTo("120");
        assertThat(BudgetActuals.forecast(year, 15, 0)).isEqualByComparingTo("120");

        BudgetActuals.Table table = BudgetActuals.compute(plan(spent("4000", "6000")), List.of(), 2, 0);
        assertThat(table.total().forecast()).isEqualByComparingTo("60000");
    }

    @Test
    void an_experiments_spend_falls_in_the_months_it_ran_by_days() {
        // 31 days from 17 January to 16 February: 15 days in January, 16 in February
        var spread = DashboardFigures.spreadOverDays(
                java.time.LocalDate.of(2026, 1, 17), java.time.LocalDate.of(2026, 2, 16), new BigDecimal("31000"));
        assertThat(spread).containsOnlyKeys(java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2026, 2));
        assertThat(spread.get(java.time.YearMonth.of(2026, 1))).isEqualByComparingTo("15000");
        assertThat(spread.get(java.time.YearMonth.of(2026, 2))).isEqualByComparingTo("16000");
        // odd amounts: the last month takes the rounding, nothing is lost
        var odd = DashboardFigures.spreadOverDays(
                java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 3, 31), new BigDecimal("1000"));
        assertThat(odd.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("1000");
    }

    @Test
    void trend_kpis_use_the_product_formulas_and_show_nothing_when_they_cannot_be_computed() {
        EngagementKpi.Sums sums = new EngagementKpi.Sums(
                new BigDecimal("100000"),
                new BigDecimal("2000"),
                new BigDecimal("40000"),
                new BigDecimal("80"),
                new BigDecimal("120000"),
                new BigDecimal("20"));
        TrendKpi.Assumptions a =
                new TrendKpi.Assumptions(new BigDecimal("4"), new BigDecimal("3"), new BigDecimal("0.5"));
        BigDecimal fullCost = new BigDecimal("50000");
        // the company's own month: 60 orders worth 90,000, 25 first orders, 80,000 attributed by UTM tags
        TrendKpi.Verified own =
                new TrendKpi.Verified(60, new BigDecimal("90000"), 25, new BigDecimal("80000"), new BigDecimal("2"));
        TrendKpi.MonthFigures month = new TrendKpi.MonthFigures(sums, fullCost, own);
        // platform-claimed: over the media cost the reports state
        assertThat(TrendKpi.ROAS.of(month, a)).isEqualByComparingTo("3");
        assertThat(TrendKpi.CPA.of(month, a)).isEqualByComparingTo("500");
        assertThat(TrendKpi.CR.of(month, a)).isEqualByComparingTo("0.04");
        // verified: CAC = full cost 50,000 / 25 first orders; ROAS = 80,000 attributed / 40,000 media
        assertThat(TrendKpi.CAC.of(month, a)).isEqualByComparingTo("2000");
        assertThat(TrendKpi.ROAS_VERIFIED.of(month, a)).isEqualByComparingTo("2");
        // ROI = (80,000 × 0.5 margin − 50,000) / 50,000
        assertThat(TrendKpi.ROI.of(month, a)).isEqualByComparingTo("-0.2");
        // CLTV = the company's AOV 1,500 × its customers' 2 purchases a year × 3 years × 0.5 = 4,500; / CAC 2,000
        assertThat(TrendKpi.CLTV.of(month, a)).isEqualByComparingTo("4500");
        assertThat(TrendKpi.LTV_CAC.of(month, a)).isEqualByComparingTo("2.25");
        // without the frequency from orders the assumption stands in; never the platforms' conversion value
        TrendKpi.MonthFigures noFrequency = new TrendKpi.MonthFigures(
                sums, fullCost, new TrendKpi.Verified(60, new BigDecimal("90000"), 25, null, null));
        assertThat(TrendKpi.CLTV.of(noFrequency, a)).isEqualByComparingTo("9000");
        assertThat(TrendKpi.ROI.of(noFrequency, a)).isNull();
        assertThat(TrendKpi.ROAS_VERIFIED.of(noFrequency, a)).isNull();

        // no sales data: every verified figure is "—", the claimed ones stay
        TrendKpi.MonthFigures claimedOnly = new TrendKpi.MonthFigures(sums, fullCost, null);
        assertThat(TrendKpi.CAC.of(claimedOnly, a)).isNull();
        assertThat(TrendKpi.CLTV.of(claimedOnly, a)).isNull();
        assertThat(TrendKpi.ROAS.of(claimedOnly, a)).isEqualByComparingTo("3");
        assertThat(TrendKpi.CAC.of(new TrendKpi.MonthFigures(sums, BigDecimal.ZERO, own), a))
                .isNull();
        assertThat(TrendKpi.ROAS.of(new TrendKpi.MonthFigures(null, fullCost, own), a))
                .isNull();
        EngagementKpi.Sums noConversions =
                new EngagementKpi.Sums(null, BigDecimal.ZERO, new BigDecimal("10"), BigDecimal.ZERO, null, null);
        assertThat(TrendKpi.CPA.of(new TrendKpi.MonthFigures(noConversions, fullCost, null), a))
                .isNull();
        assertThat(TrendKpi.CR.of(new TrendKpi.MonthFigures(noConversions, fullCost, null), a))
                .isNull();

        assertThat(TrendKpi.CAC.met(new BigDecimal("90"), new BigDecimal("100")))
                .isTrue();
        assertThat(TrendKpi.ROAS.met(new BigDecimal("2"), new BigDecimal("3"))).isFalse();
        assertThat(TrendKpi.ROAS.met(null, new BigDecimal("3"))).isNull();
    }

    @Test
    void suggestions_move_money_from_channels_missing_targets_or_unused_and_to_channels_beating_them() {
        // January closed: ADS spent 9,000 of 10,000; SEO nothing of 1,000; LINE 2,600 of 2,000 (over plan)
        List<Spend> spends = List.of(new Spend(Tier.EXPERIMENT, LINE, 0, new BigDecimal("2600"), Source.REPORT, 1));
        BudgetActuals.Table table = BudgetActuals.compute(plan(spent("9000")), spends, 1, 0);
        Map<TrendKpi, BigDecimal> targets =
                Map.of(TrendKpi.ROAS, new BigDecimal("3"), TrendKpi.CAC, new BigDecimal("1000"));
        Map<Long, Map<TrendKpi, BigDecimal>> kpis = Map.of(
                ADS, Map.of(TrendKpi.ROAS, new BigDecimal("4.2"), TrendKpi.CAC, new BigDecimal("800")),
                LINE, Map.of(TrendKpi.ROAS, new BigDecimal("1.1"), TrendKpi.CAC, new BigDecimal("1500")));

        List<Suggestions.Suggestion> found = Suggestions.of(table, 0, true, kpis, targets, java.util.Set.of());

        assertThat(found)
                .extracting(Suggestions.Suggestion::kind, Suggestions.Suggestion::channelId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Kind.MISSES_TARGETS, LINE),
                        org.assertj.core.groups.Tuple.tuple(Kind.OVER_PLAN, LINE),
                        org.assertj.core.groups.Tuple.tuple(Kind.UNDER_USED, SEO),
                        org.assertj.core.groups.Tuple.tuple(Kind.BEATS_TARGETS, ADS));
        Suggestions.Suggestion misses = found.stream()
                .filter(s -> s.kind() == Kind.MISSES_TARGETS)
                .findFirst()
                .orElseThrow();
        assertThat(misses.kpis()).containsExactly(TrendKpi.CAC, TrendKpi.ROAS);
        assertThat(misses.kind().from()).isTrue();
        Suggestions.Suggestion over = found.stream()
                .filter(s -> s.kind() == Kind.OVER_PLAN)
                .findFirst()
                .orElseThrow();
        assertThat(over.amount()).isEqualByComparingTo("600");
        Suggestions.Suggestion unused = found.stream()
                .filter(s -> s.kind() == Kind.UNDER_USED)
                .findFirst()
                .orElseThrow();
        assertThat(unused.amount()).isEqualByComparingTo("1000");
    }

    @Test
    void a_slow_channel_inside_its_time_to_impact_is_not_suggested_for_a_cut_on_its_results() {
        // the same January, with LINE taken as SEO work that started in January and needs six months
        List<Spend> spends = List.of(new Spend(Tier.EXPERIMENT, LINE, 0, new BigDecimal("2600"), Source.REPORT, 1));
        BudgetActuals.Table table = BudgetActuals.compute(plan(spent("9000")), spends, 1, 0);
        Map<TrendKpi, BigDecimal> targets =
                Map.of(TrendKpi.ROAS, new BigDecimal("3"), TrendKpi.CAC, new BigDecimal("1000"));
        Map<Long, Map<TrendKpi, BigDecimal>> kpis =
                Map.of(LINE, Map.of(TrendKpi.ROAS, new BigDecimal("1.1"), TrendKpi.CAC, new BigDecimal("1500")));
        Suggestions.Window window =
                new Suggestions.Window(app.baton.budgets.ChannelKind.SEO, 6, java.time.YearMonth.of(2027, 7));
        // SEO too is inside a window: its unused money may still move (that is not a judgement of its results)
        Map<Long, Suggestions.Window> windows = Map.of(LINE, window, SEO, window);

        List<Suggestions.Suggestion> found =
                Suggestions.of(table, 0, true, kpis, targets, Map.of(), java.util.Set.of(), windows);

        assertThat(found)
                .extracting(Suggestions.Suggestion::kind, Suggestions.Suggestion::channelId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Kind.OVER_PLAN, LINE),
                        org.assertj.core.groups.Tuple.tuple(Kind.TOO_EARLY, LINE),
                        org.assertj.core.groups.Tuple.tuple(Kind.UNDER_USED, SEO));
        Suggestions.Suggestion wait = found.stream()
                .filter(s -> s.kind() == Kind.TOO_EARLY)
                .findFirst()
                .orElseThrow();
        assertThat(wait.window()).isEqualTo(window);
        assertThat(wait.amount()).isNull();
        assertThat(wait.kpis()).containsExactly(TrendKpi.CAC, TrendKpi.ROAS);
        assertThat(wait.kind().from()).isFalse();
    }

    @Test
    void the_time_to_impact_of_a_goal_sheet_is_in_whole_months_with_the_seeds_defaults() {
        GoalSheet defaults = GoalSheet.starting(java.time.YearMonth.of(2027, 1));
        assertThat(defaults.monthsToImpact(app.baton.budgets.ChannelKind.SEO)).isEqualTo(6);
        assertThat(defaults.monthsToImpact(app.baton.budgets.ChannelKind.BRAND)).isEqualTo(12);
        // four weeks is a month; five weeks two
        assertThat(defaults.monthsToImpact(app.baton.budgets.ChannelKind.SEARCH_ADS))
                .isEqualTo(1);
        GoalSheet empty = new GoalSheet(
                java.time.YearMonth.of(2027, 1),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                3,
                null,
                null,
                5,
                null,
                null,
                java.util.List.of());
        assertThat(empty.monthsToImpact(app.baton.budgets.ChannelKind.SEO)).isEqualTo(3);
        assertThat(empty.monthsToImpact(app.baton.budgets.ChannelKind.CONTENT)).isEqualTo(6);
        assertThat(empty.monthsToImpact(app.baton.budgets.ChannelKind.SEARCH_ADS))
                .isEqualTo(2);
        assertThat(empty.monthsToImpact(app.baton.budgets.ChannelKind.OTHER)).isZero();
        assertThat(app.baton.budgets.ChannelKind.ofCode("PR")).isEqualTo(app.baton.budgets.ChannelKind.BRAND);
        assertThat(app.baton.budgets.ChannelKind.ofCode(null)).isEqualTo(app.baton.budgets.ChannelKind.OTHER);
    }

    @Test
    void suggestions_stay_quiet_on_an_open_month_and_with_too_little_evidence() {
        BudgetActuals.Table table = BudgetActuals.compute(plan(zeros()), List.of(), 0, 0);
        // an open month is not judged as under-used; one KPI alone is not enough to judge a channel
        List<Suggestions.Suggestion> found = Suggestions.of(
                table,
                0,
                false,
                Map.of(ADS, Map.of(TrendKpi.ROAS, new BigDecimal("1"))),
                Map.of(TrendKpi.ROAS, new BigDecimal("3")),
                java.util.Set.of());
        assertThat(found).isEmpty();
        // but losing money is always worth raising
        List<Suggestions.Suggestion> losing = Suggestions.of(
                table,
                0,
                false,
                Map.of(ADS, Map.of(TrendKpi.ROI, new BigDecimal("-0.2"))),
                Map.of(),
                java.util.Set.of());
        assertThat(losing).extracting(Suggestions.Suggestion::kind).containsExactly(Kind.MISSES_TARGETS);
        assertThat(losing.get(0).kpis()).containsExactly(TrendKpi.ROI);
    }

    @Test
    void nothing_is_suggested_from_the_reserve_or_from_a_channel_whose_month_is_incomplete() {
        // the reserve holds 5,000 a month and spent nothing: it exists to stay unused, so it is never "unused money"
        PlanView base = plan(zeros());
        List<TierView> tiers = new ArrayList<>(base.tiers());
        tiers.set(2, tier(Tier.RESERVE, List.of(row(Tier.RESERVE, 9, "5000", "5000", zeros()))));
        PlanView withReserve = new PlanView(
                base.id(),
                base.fiscalYear(),
                base.firstMonth(),
                base.currency(),
                base.revenueForecast(),
                base.totalBudget(),
                base.baselineTotal(),
                base.allocated(),
                base.status(),
                base.activatedAt(),
                base.changeCount(),
                tiers,
                base.monthTotals(),
                base.guardrails());
        BudgetActuals.Table table = BudgetActuals.compute(withReserve, List.of(), 1, 0);
        List<Suggestions.Suggestion> found = Suggestions.of(table, 0, true, Map.of(), Map.of(), java.util.Set.of());
        assertThat(found).extracting(Suggestions.Suggestion::channelId).doesNotContain(9L);
        assertThat(found)
                .extracting(Suggestions.Suggestion::kind, Suggestions.Suggestion::channelId)
                .contains(org.assertj.core.groups.Tuple.tuple(Kind.UNDER_USED, ADS));
        // ADS's report for the month is not accepted yet: its spend reads 0, so nothing is suggested from it
        List<Suggestions.Suggestion> incomplete =
                Suggestions.of(table, 0, true, Map.of(), Map.of(), java.util.Set.of(ADS));
        assertThat(incomplete).extracting(Suggestions.Suggestion::channelId).doesNotContain(ADS, 9L);
        assertThat(incomplete).extracting(Suggestions.Suggestion::channelId).contains(SEO);
    }
}
