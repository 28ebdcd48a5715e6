package app.baton.insights;

import app.baton.budgets.ChannelRow;
import app.baton.budgets.ChannelService;
import app.baton.budgets.FiscalYear;
import app.baton.budgets.PlanView;
import app.baton.budgets.Tier;
import app.baton.experiments.ExperimentFigure;
import app.baton.experiments.ExperimentStatus;
import app.baton.insights.BudgetActuals.Source;
import app.baton.insights.BudgetActuals.Spend;
import app.baton.insights.DashboardService.EngagementCost;
import app.baton.insights.DashboardService.Trend;
import app.baton.reports.EngagementKpi;
import app.baton.reports.ReportFigures;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's arithmetic, apart from the reading: the company's own figures per month, each engagement's cost per
 * lead and per verified order, the spends per channel and month, and the trend series. Pure functions of what
 * {@link DashboardService} read; tested on their own ({@code InsightsArithmeticTest}).
 */
final class DashboardFigures {

    private DashboardFigures() {}

    /**
     * The company's own figures per plan month, for the whole company ({@code code} null) or one channel: present only
     * for months wholly uploaded. Attributed revenue is known only when the export has UTM tags or coupons.
     */
    static TrendKpi.@Nullable Verified[] verified(
            List<YearMonth> months, app.baton.sales.SalesMonths truth, @Nullable String code) {
        TrendKpi.@Nullable Verified[] out = new TrendKpi.Verified[months.size()];
        for (int i = 0; i < months.size(); i++) {
            app.baton.sales.SalesComparison c = truth.months().get(months.get(i));
            if (c == null || !c.verified().complete()) {
                continue;
            }
            var v = c.verified();
            boolean attribution = v.byChannel().keySet().stream().anyMatch(k -> !k.isEmpty());
            if (code == null) {
                BigDecimal attributed = v.byChannel().entrySet().stream()
                        .filter(e -> !e.getKey().isEmpty())
                        .map(e -> e.getValue().revenue())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                out[i] = new TrendKpi.Verified(
                        v.orders(),
                        v.revenue(),
                        v.newCustomers(),
                        attribution ? attributed : null,
                        truth.purchasesPerYear());
            } else {
                var own = v.byChannel().get(code);
                out[i] = own == null && !attribution
                        ? null
                        : new TrendKpi.Verified(
                                own == null ? 0 : own.orders(),
                                own == null ? BigDecimal.ZERO : own.revenue(),
                                own == null ? 0 : own.newCustomers(),
                                own == null ? BigDecimal.ZERO : own.revenue(),
                                truth.purchasesPerYear());
            }
        }
        return out;
    }

    /** Each engagement's fees and media in the closed months, its claimed purchases and its attributed orders. */
    static List<EngagementCost> costs(
            List<app.baton.reports.EngagementView> list,
            List<Spend> spends,
            List<ReportFigures.ChannelMonth> accepted,
            app.baton.sales.SalesMonths truth,
            List<YearMonth> months,
            int closed,
            Map<Long, ChannelService.ChannelView> channelViews) {
        List<EngagementCost> out = new ArrayList<>();
        for (var e : list) {
            BigDecimal fees = spends.stream()
                    .filter(sp -> sp.source() == Source.AGENCY_FEE && sp.sourceId() == e.id())
                    .map(Spend::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal media = BigDecimal.ZERO;
            BigDecimal claimed = BigDecimal.ZERO;
            java.util.Set<YearMonth> reported = new java.util.HashSet<>();
            for (ReportFigures.ChannelMonth cm : accepted) {
                int index = months.indexOf(cm.month());
                if (cm.engagementId() == e.id() && index >= 0 && index < closed) {
                    media = media.add(
                            cm.sums().cost() == null
                                    ? BigDecimal.ZERO
                                    : cm.sums().cost());
                    claimed = claimed.add(
                            cm.sums().conversions() == null
                                    ? BigDecimal.ZERO
                                    : cm.sums().conversions());
                    reported.add(cm.month());
                }
            }
            Integer orders = truth.attributedOrders(
                    reported,
                    e.channelIds().stream()
                            .map(channelViews::get)
                            .filter(java.util.Objects::nonNull)
                            .map(ChannelService.ChannelView::key)
                            .toList());
            out.add(new EngagementCost(e.id(), e.conversionKind(), fees, media, claimed, orders));
        }
        return out;
    }

    /**
     * The spend items from outside the plan: accepted reports on the first tier that plans their channel (else the
     * foundation tier); experiment results on the experiment tier, spread over the months the experiment ran by its
     * days (the money was spent while it ran, not when it ended); approved or running experiments' budgets as
     * committed in the month they start; and each engagement's monthly fee in the closed months of its term, spread
     * over its channels by the split agreed on the engagement, evenly when none was (the first takes the rounding).
     */
    static List<Spend> spends(
            PlanView plan,
            List<ReportFigures.ChannelMonth> accepted,
            List<ExperimentFigure> figures,
            List<app.baton.reports.EngagementView> engagementList,
            int closed) {
        List<YearMonth> months = plan.months();
        Map<Long, Tier> tierOf = new HashMap<>();
        for (Tier tier : Tier.values()) {
            for (ChannelRow row : plan.tier(tier).channels()) {
                tierOf.putIfAbsent(row.channelId(), tier);
            }
        }
        List<Spend> spends = new ArrayList<>();
        for (ReportFigures.ChannelMonth cm : accepted) {
            int index = months.indexOf(cm.month());
            BigDecimal cost = cm.sums().cost();
            if (index >= 0 && cost != null && cost.signum() != 0) {
                spends.add(new Spend(
                        tierOf.getOrDefault(cm.channelId(), Tier.FOUNDATION),
                        cm.channelId(),
                        index,
                        cost,
                        Source.REPORT,
                        cm.versionId()));
            }
        }
        for (ExperimentFigure e : figures) {
            if (e.actualSpend() != null
                    && (e.status() == ExperimentStatus.RESULTS_SUBMITTED || e.status() == ExperimentStatus.CONCLUDED)) {
                spreadOverDays(e.startDate(), e.endDate(), e.actualSpend()).forEach((month, amount) -> {
                    int index = months.indexOf(month);
                    if (index >= 0) {
                        spends.add(new Spend(
                                Tier.EXPERIMENT, e.channelId(), index, amount, Source.EXPERIMENT_RESULT, e.id()));
                    }
                });
            } else if (e.status() == ExperimentStatus.APPROVED || e.status() == ExperimentStatus.RUNNING) {
                int index = months.indexOf(YearMonth.from(e.startDate()));
                if (index >= 0) {
                    spends.add(new Spend(
                            Tier.EXPERIMENT, e.channelId(), index, e.budget(), Source.EXPERIMENT_COMMITTED, e.id()));
                }
            }
        }
        for (var e : engagementList) {
            if (e.channelIds().isEmpty()) {
                continue;
            }
            for (int index = 0; index < closed && index < months.size(); index++) {
                YearMonth m = months.get(index);
                if (m.isBefore(YearMonth.from(e.start())) || m.isAfter(YearMonth.from(e.end()))) {
                    continue;
                }
                // the fee in force that month (a change holds from its month), split as agreed or evenly; the
                // first channel takes the rounding
                for (Map.Entry<Long, BigDecimal> fee : e.feeByChannel(m).entrySet()) {
                    if (fee.getValue().signum() == 0) {
                        continue;
                    }
                    spends.add(new Spend(
                            tierOf.getOrDefault(fee.getKey(), Tier.FOUNDATION),
                            fee.getKey(),
                            index,
                            fee.getValue(),
                            Source.AGENCY_FEE,
                            e.id()));
                }
            }
        }
        return spends;
    }

    static EngagementKpi.Sums withoutPurchases(EngagementKpi.Sums s) {
        return new EngagementKpi.Sums(s.impressions(), s.clicks(), s.cost(), null, null, null);
    }

    /** An amount spread over the months of [start, end] by their days in it; the last month takes the rounding. */
    static Map<YearMonth, BigDecimal> spreadOverDays(
            java.time.LocalDate start, java.time.LocalDate end, BigDecimal amount) {
        Map<YearMonth, BigDecimal> out = new LinkedHashMap<>();
        if (end.isBefore(start)) {
            out.put(YearMonth.from(end), amount);
            return out;
        }
        long total = end.toEpochDay() - start.toEpochDay() + 1;
        BigDecimal left = amount;
        for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
            java.time.LocalDate from = m.atDay(1).isBefore(start) ? start : m.atDay(1);
            java.time.LocalDate to = m.atEndOfMonth().isAfter(end) ? end : m.atEndOfMonth();
            BigDecimal part = m.equals(YearMonth.from(end))
                    ? left
                    : amount.multiply(BigDecimal.valueOf(to.toEpochDay() - from.toEpochDay() + 1))
                            .divide(BigDecimal.valueOf(total), amount.scale(), java.math.RoundingMode.HALF_UP);
            out.put(m, part);
            left = left.subtract(part);
        }
        return out;
    }

    static Trend trend(
            @Nullable Long channelId,
            EngagementKpi.@Nullable Sums[] sums,
            BigDecimal[] actual,
            TrendKpi.@Nullable Verified[] verified,
            TrendKpi.Assumptions assumptions) {
        Map<TrendKpi, List<@Nullable BigDecimal>> values = new EnumMap<>(TrendKpi.class);
        for (TrendKpi kpi : TrendKpi.values()) {
            List<@Nullable BigDecimal> series = new ArrayList<>(FiscalYear.MONTHS);
            for (int i = 0; i < FiscalYear.MONTHS; i++) {
                series.add(kpi.of(new TrendKpi.MonthFigures(sums[i], actual[i], verified[i]), assumptions));
            }
            values.put(kpi, java.util.Collections.unmodifiableList(series));
        }
        return new Trend(channelId, values, java.util.Collections.unmodifiableList(java.util.Arrays.asList(sums)));
    }

    static BigDecimal[] zeros() {
        BigDecimal[] z = new BigDecimal[FiscalYear.MONTHS];
        java.util.Arrays.fill(z, BigDecimal.ZERO);
        return z;
    }
}
