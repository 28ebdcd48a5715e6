package app.baton.insights;

import app.baton.budgets.BudgetPlanQueryService;
import app.baton.budgets.ChannelService;
import app.baton.budgets.FiscalYear;
import app.baton.budgets.PlanSummary;
import app.baton.budgets.PlanView;
import app.baton.experiments.ExperimentFigure;
import app.baton.experiments.ExperimentQueryService;
import app.baton.experiments.ExperimentStatus;
import app.baton.insights.BudgetActuals.Spend;
import app.baton.reports.ChannelKpis;
import app.baton.reports.EngagementKpi;
import app.baton.reports.ReportFigures;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers the dashboard of one fiscal year in a fixed number of queries: the plan, accepted reports' sums per
 * channel, experiments as figures, the engagements' overview, open requests and KPI settings. The arithmetic is in
 * {@link BudgetActuals}, {@link TrendKpi}, {@link Suggestions} and {@link DashboardFigures}.
 *
 * <p>Size (about 410 lines): one read of the year for the whole page, in a fixed number of queries (decision 017).
 */
@Service
public class DashboardService {

    private final BudgetPlanQueryService plans;
    private final ChannelService channels;
    private final ExperimentQueryService experiments;
    private final ReportFigures reports;
    private final KpiSettingsService settings;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final app.baton.sales.SalesQueryService sales;
    private final app.baton.reports.EngagementQueryService engagements;

    private final WaitingService waiting;
    private final GoalQueryService goals;

    DashboardService(
            BudgetPlanQueryService plans,
            ChannelService channels,
            ExperimentQueryService experiments,
            ReportFigures reports,
            KpiSettingsService settings,
            CurrentUser currentUser,
            Clock clock,
            app.baton.sales.SalesQueryService sales,
            app.baton.reports.EngagementQueryService engagements,
            WaitingService waiting,
            GoalQueryService goals) {
        this.waiting = waiting;
        this.goals = goals;
        this.sales = sales;
        this.engagements = engagements;
        this.plans = plans;
        this.channels = channels;
        this.experiments = experiments;
        this.reports = reports;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One channel's (or, with no channel, the company's) KPIs per plan month. */
    public record Trend(
            @Nullable Long channelId,
            Map<TrendKpi, List<@Nullable BigDecimal>> values,
            List<EngagementKpi.@Nullable Sums> sums) {

        public @Nullable BigDecimal value(TrendKpi kpi, int month) {
            return values.get(kpi).get(month);
        }
    }

    /**
     * What an engagement cost in the plan's closed months — its fees and the media its accepted reports state — beside
     * the purchases it claimed and the orders the company's own data attributes to its channels (UTM or coupon).
     */
    public record EngagementCost(
            long engagementId,
            app.baton.reports.ConversionKind kind,
            BigDecimal fees,
            BigDecimal media,
            BigDecimal claimedPurchases,
            @Nullable Integer verifiedOrders) {

        /** For an engagement whose conversions are leads: total cost per lead it reports. */
        public @Nullable BigDecimal perLead() {
            return kind != app.baton.reports.ConversionKind.LEAD || claimedPurchases.signum() == 0
                    ? null
                    : total().divide(claimedPurchases, 2, java.math.RoundingMode.HALF_UP);
        }

        public BigDecimal total() {
            return fees.add(media);
        }

        /**
         * For an engagement whose conversions are leads: the orders the company's own data attributes to its channels
         * (UTM or coupon) per lead it reports — how many leads became orders, as far as the data can link them;
         * {@code null} without attribution or leads.
         */
        public @Nullable BigDecimal leadToOrder() {
            return kind != app.baton.reports.ConversionKind.LEAD
                            || verifiedOrders == null
                            || claimedPurchases.signum() == 0
                    ? null
                    : BigDecimal.valueOf(verifiedOrders).divide(claimedPurchases, 4, java.math.RoundingMode.HALF_UP);
        }

        /**
         * Total cost per order the company's data attributes to the engagement's channels; {@code null} if none, and
         * for a lead engagement (its cost is per lead).
         */
        public @Nullable BigDecimal perVerifiedOrder() {
            return verifiedOrders == null || verifiedOrders == 0 || kind == app.baton.reports.ConversionKind.LEAD
                    ? null
                    : total().divide(BigDecimal.valueOf(verifiedOrders), 2, java.math.RoundingMode.HALF_UP);
        }
    }

    /** An engagement's definition of a conversion changed from {@code month} on: a new period in the KPI trends. */
    public record DefinitionChange(
            long engagementId, String engagement, YearMonth month, app.baton.reports.ConversionKind kind) {}

    /** Experiments by state: how many and how much budget. */
    public record Pipeline(Map<ExperimentStatus, Integer> counts, Map<ExperimentStatus, BigDecimal> budgets) {}

    /** What waits for the signed-in person. */
    /** Everything the dashboard shows for a fiscal year. */
    public record Dashboard(
            int fiscalYear,
            long planId,
            String currency,
            List<YearMonth> months,
            int closedMonths,
            int currentMonth,
            BudgetActuals.Table table,
            List<Spend> spends,
            Map<Long, ChannelService.ChannelView> channels,
            Trend overall,
            List<Trend> byChannel,
            KpiSettingsService.Settings settings,
            Pipeline pipeline,
            ReportFigures.Overview reports,
            List<ReportFigures.ChannelMonth> accepted,
            List<ExperimentFigure> experiments,
            WaitingService.Waiting waiting,
            app.baton.sales.SalesMonths truth,
            List<EngagementCost> engagementCosts,
            List<DefinitionChange> definitionChanges,
            Map<Long, java.util.Set<Long>> engagementChannels,
            List<Integer> years,
            List<Map<TrendKpi, BigDecimal>> targets,
            List<Map<Long, Map<TrendKpi, BigDecimal>>> channelTargets) {

        /** The index of a month in the plan, or −1. */
        public int indexOf(YearMonth month) {
            return months.indexOf(month);
        }

        /**
         * The KPI targets a plan month is measured against: the agreed goal sheet in force that month where it names
         * one, else the KPI settings.
         */
        public Map<TrendKpi, BigDecimal> targets(int monthIndex) {
            return monthIndex < 0 || monthIndex >= targets.size() ? settings.targets() : targets.get(monthIndex);
        }

        /** A channel's targets in a plan month: the company's, with the channel's own where the goals give them. */
        public Map<TrendKpi, BigDecimal> targets(int monthIndex, @Nullable Long channelId) {
            if (channelId == null || monthIndex < 0 || monthIndex >= channelTargets.size()) {
                return targets(monthIndex);
            }
            return Suggestions.targetsOf(targets(monthIndex), channelTargets.get(monthIndex), channelId);
        }
    }

    /** The fiscal years that have a plan, newest first. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return plans.plans().stream().map(PlanSummary::fiscalYear).toList();
    }

    /** The fiscal year the company is in today, if it has a plan; else the newest plan's year. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public Optional<Integer> defaultYear() {
        return defaultYear(plans.plans());
    }

    private Optional<Integer> defaultYear(List<PlanSummary> summaries) {
        YearMonth now =
                YearMonth.now(clock.withZone(currentUser.requireMembership().zoneId()));
        return summaries.stream()
                .filter(p -> p.covers(now))
                .map(PlanSummary::fiscalYear)
                .findFirst()
                .or(() -> summaries.stream().map(PlanSummary::fiscalYear).findFirst());
    }

    /**
     * The dashboard of a fiscal year, or with none asked for of {@link #defaultYear()}; empty when the company has no
     * plan for it. The page's one read: the plans are listed once for the default year and the year choice (issue 16).
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public Optional<Dashboard> dashboardOrDefault(@Nullable Integer fiscalYear) {
        List<PlanSummary> summaries = plans.plans();
        return Optional.ofNullable(fiscalYear)
                .or(() -> defaultYear(summaries))
                .flatMap(year -> dashboard(year, summaries));
    }

    /** The fiscal year whose plan covers a month, if any. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public Optional<Integer> yearOf(YearMonth month) {
        return plans.plans().stream()
                .filter(p -> p.covers(month))
                .map(PlanSummary::fiscalYear)
                .findFirst();
    }

    /** The year's budget against what was spent: the dashboard's table and the spends it was made of. */
    public record Actuals(BudgetActuals.Table table, List<Spend> spends) {}

    /**
     * The year's budget against actual spend, made exactly as the dashboard makes it, without the rest of the
     * dashboard (sales, trends, the waiting lists): what the budget page and a request's page show beside the money.
     * Empty when the company has no plan for the year.
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public Optional<Actuals> actuals(int fiscalYear) {
        MembershipInfo membership = currentUser.requireMembership();
        return plans.plan(fiscalYear).map(plan -> {
            Basis basis = basis(plan, membership);
            return new Actuals(basis.table(), basis.spends());
        });
    }

    /** What the dashboard and {@link #actuals} share: the plan's months, the accepted figures and the spends. */
    private record Basis(
            List<YearMonth> months,
            YearMonth now,
            int closed,
            List<ReportFigures.ChannelMonth> accepted,
            List<ExperimentFigure> figures,
            List<app.baton.reports.EngagementView> engagements,
            List<Spend> spends,
            BudgetActuals.Table table) {}

    private Basis basis(PlanView plan, MembershipInfo membership) {
        List<YearMonth> months = plan.months();
        YearMonth now = YearMonth.now(clock.withZone(membership.zoneId()));
        int closed = (int) months.stream().filter(m -> m.isBefore(now)).count();
        List<ReportFigures.ChannelMonth> accepted = reports.accepted(months.get(0), months.get(11));
        List<ExperimentFigure> figures = experiments.figures();
        List<app.baton.reports.EngagementView> engagementList = engagements.engagements();
        List<Spend> spends = DashboardFigures.spends(plan, accepted, figures, engagementList, closed);
        BudgetActuals.Table table = BudgetActuals.compute(plan, spends, closed, Money.scale(plan.currency()));
        return new Basis(months, now, closed, accepted, figures, engagementList, spends, table);
    }

    /** The dashboard of a fiscal year; empty when the company has no plan for it. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public Optional<Dashboard> dashboard(int fiscalYear) {
        return dashboard(fiscalYear, plans.plans());
    }

    private Optional<Dashboard> dashboard(int fiscalYear, List<PlanSummary> summaries) {
        if (summaries.stream().noneMatch(p -> p.fiscalYear() == fiscalYear)) {
            return Optional.empty();
        }
        MembershipInfo membership = currentUser.requireMembership();
        Optional<PlanView> found = plans.plan(fiscalYear);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PlanView plan = found.get();
        Basis basis = basis(plan, membership);
        List<YearMonth> months = basis.months();
        YearMonth now = basis.now();
        int closed = basis.closed();
        List<ReportFigures.ChannelMonth> accepted = basis.accepted();
        List<ExperimentFigure> figures = basis.figures();
        List<app.baton.reports.EngagementView> engagementList = basis.engagements();
        List<Spend> spends = basis.spends();
        BudgetActuals.Table table = basis.table();
        app.baton.sales.SalesMonths truth = sales.compare(months.get(0), months.get(11));
        KpiSettingsService.Settings kpiSettings = settings.settings();

        Map<Long, ChannelService.ChannelView> channelViews = channels.channels().stream()
                .collect(Collectors.toMap(
                        ChannelService.ChannelView::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Trends trends = trends(basis, truth, kpiSettings.assumptions(), channelViews);
        ReportFigures.Overview overview = reports.overview();
        return Optional.of(new Dashboard(
                fiscalYear,
                plan.id(),
                plan.currency(),
                months,
                closed,
                months.indexOf(now),
                table,
                spends,
                channelViews,
                trends.overall(),
                trends.byChannel(),
                kpiSettings,
                pipeline(figures),
                overview,
                accepted,
                figures,
                waiting.forMe(),
                truth,
                DashboardFigures.costs(engagementList, spends, accepted, truth, months, closed, channelViews),
                definitionChanges(engagementList, months),
                engagementList.stream()
                        .collect(java.util.stream.Collectors.toMap(
                                app.baton.reports.EngagementView::id, e -> java.util.Set.copyOf(e.channelIds()))),
                summaries.stream().map(PlanSummary::fiscalYear).toList(),
                goals.targetsFor(months, kpiSettings.targets()),
                months.stream().map(goals::channelTargetsFor).toList()));
    }

    /** The KPI trend of the whole year and of each channel. */
    private record Trends(Trend overall, List<Trend> byChannel) {}

    /**
     * The trends from the accepted reports' sums (purchases only from engagements that count purchases), the actual
     * spend and the company's verified sales, month by month.
     */
    private static Trends trends(
            Basis basis,
            app.baton.sales.SalesMonths truth,
            TrendKpi.Assumptions assumptions,
            Map<Long, ChannelService.ChannelView> channelViews) {
        Map<Long, EngagementKpi.@Nullable Sums[]> sumsByChannel = new LinkedHashMap<>();
        EngagementKpi.@Nullable Sums[] overallSums = new EngagementKpi.Sums[FiscalYear.MONTHS];
        java.util.Set<Long> leadEngagements = basis.engagements().stream()
                .filter(e -> e.conversionKind() == app.baton.reports.ConversionKind.LEAD)
                .map(app.baton.reports.EngagementView::id)
                .collect(Collectors.toSet());
        for (ReportFigures.ChannelMonth cm : basis.accepted()) {
            int index = basis.months().indexOf(cm.month());
            if (index < 0) {
                continue;
            }
            // purchases only: an engagement whose conversions are leads adds its cost and traffic, not purchases
            EngagementKpi.Sums sums = leadEngagements.contains(cm.engagementId())
                    ? DashboardFigures.withoutPurchases(cm.sums())
                    : cm.sums();
            EngagementKpi.@Nullable Sums[] own =
                    sumsByChannel.computeIfAbsent(cm.channelId(), k -> new EngagementKpi.Sums[FiscalYear.MONTHS]);
            own[index] = ChannelKpis.add(own[index], sums);
            overallSums[index] = ChannelKpis.add(overallSums[index], sums);
        }
        Map<Long, BigDecimal[]> actualByChannel = new HashMap<>();
        for (BudgetActuals.Line line : basis.table().channels()) {
            BigDecimal[] own = actualByChannel.computeIfAbsent(line.channelId(), k -> DashboardFigures.zeros());
            for (int i = 0; i < FiscalYear.MONTHS; i++) {
                own[i] = own[i].add(line.month(i).actual());
            }
        }
        BigDecimal[] totalActual = DashboardFigures.zeros();
        for (int i = 0; i < FiscalYear.MONTHS; i++) {
            totalActual[i] = basis.table().total().month(i).actual();
        }
        Trend overall = DashboardFigures.trend(
                null, overallSums, totalActual, DashboardFigures.verified(basis.months(), truth, null), assumptions);
        List<Trend> byChannel = new ArrayList<>();
        sumsByChannel.forEach((channelId, sums) -> {
            ChannelService.ChannelView view = channelViews.get(channelId);
            String code = view == null || view.code() == null ? "#" + channelId : view.code();
            byChannel.add(DashboardFigures.trend(
                    channelId,
                    sums,
                    actualByChannel.getOrDefault(channelId, DashboardFigures.zeros()),
                    DashboardFigures.verified(basis.months(), truth, code),
                    assumptions));
        });
        return new Trends(overall, byChannel);
    }

    /** How many experiments, and how much of their budget, are in each state. */
    private static Pipeline pipeline(List<ExperimentFigure> figures) {
        Map<ExperimentStatus, Integer> counts = new EnumMap<>(ExperimentStatus.class);
        Map<ExperimentStatus, BigDecimal> budgets = new EnumMap<>(ExperimentStatus.class);
        for (ExperimentStatus status : ExperimentStatus.values()) {
            counts.put(status, 0);
            budgets.put(status, BigDecimal.ZERO);
        }
        for (ExperimentFigure e : figures) {
            counts.merge(e.status(), 1, Integer::sum);
            budgets.merge(e.status(), e.budget(), BigDecimal::add);
        }
        return new Pipeline(counts, budgets);
    }

    /** The engagements whose definition of a conversion changed inside the year, and from which month. */
    private static List<DefinitionChange> definitionChanges(
            List<app.baton.reports.EngagementView> engagements, List<YearMonth> months) {
        return engagements.stream()
                .filter(e -> e.conversionSince() != null && months.contains(YearMonth.from(e.conversionSince())))
                .map(e -> new DefinitionChange(
                        e.id(),
                        e.title(),
                        YearMonth.from(java.util.Objects.requireNonNull(e.conversionSince())),
                        e.conversionKind()))
                .toList();
    }
}
