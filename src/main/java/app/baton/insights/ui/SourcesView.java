package app.baton.insights.ui;

import app.baton.budgets.FiscalYear;
import app.baton.budgets.Tier;
import app.baton.experiments.ui.ExperimentNavigation;
import app.baton.insights.BudgetActuals;
import app.baton.insights.BudgetActuals.Source;
import app.baton.insights.DashboardService;
import app.baton.insights.DashboardService.Dashboard;
import app.baton.reports.ui.ReportNavigation;
import app.baton.security.Roles;
import app.baton.shared.ui.SimpleTable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The rows behind a dashboard figure: for a year (and optionally a month, tier and channel), every amount entered on
 * the plan, every accepted report, every experiment's result or held budget, each linked to its own page.
 */
@Route("dashboard/sources")
@RolesAllowed({Roles.FOUNDER, Roles.SUCCESSOR})
class SourcesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final DashboardService dashboards;

    public SourcesView(DashboardService dashboards) {
        this.dashboards = dashboards;
        addClassName("page");
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        QueryParameters q = event.getLocation().getQueryParameters();
        Optional<Dashboard> found =
                q.getSingleParameter("year").flatMap(Links::number).flatMap(dashboards::dashboard);
        if (found.isEmpty()) {
            add(new H2(getTranslation("sources.title")), new Paragraph(getTranslation("dashboard.noPlan")));
            return;
        }
        Dashboard d = found.get();
        Integer month = q.getSingleParameter("month")
                .flatMap(Links::number)
                .filter(m -> m >= 0 && m < FiscalYear.MONTHS)
                .orElse(null);
        Tier tier = q.getSingleParameter("tier").flatMap(SourcesView::tier).orElse(null);
        Long channel = q.getSingleParameter("channel")
                .flatMap(Links::number)
                .map(Integer::longValue)
                .orElse(null);
        InsightLabels l = new InsightLabels(this, d.channels(), d.currency());
        String where = (month == null
                        ? Integer.toString(d.fiscalYear())
                        : l.month(d.months().get(month)))
                + (tier == null ? "" : " · " + l.tier(tier))
                + (channel == null ? "" : " · " + l.channel(channel));
        SimpleTable table = new SimpleTable(List.of(
                getTranslation("sources.source"),
                getTranslation("sources.where"),
                getTranslation("dashboard.month"),
                getTranslation("sources.amount")));
        BigDecimal[] sums = rows(d, l, table, new Scope(month, tier, channel));
        BigDecimal actual = sums[0];
        BigDecimal committed = sums[1];
        Paragraph totals = new Paragraph(getTranslation("sources.totals", l.money(actual), l.money(committed)));
        totals.setText(where + " · " + totals.getText());
        totals.addClassName("hint");
        add(new H2(getTranslation("sources.title")), totals);
        if (table.rowCount() == 0) {
            Paragraph none = new Paragraph(getTranslation("sources.none"));
            none.addClassName("hint");
            add(none);
        } else {
            add(table);
        }
        add(Links.to(Links.dashboard(d.fiscalYear(), month), getTranslation("sources.back")));
    }

    /**
     * The rows of the sources in scope — each spend with its source, what was entered by hand beyond them, and what an
     * agency's report replaced — added to {@code table}; answers the actual and the committed sums.
     */
    private BigDecimal[] rows(Dashboard d, InsightLabels l, SimpleTable table, Scope scope) {
        BigDecimal actual = BigDecimal.ZERO;
        BigDecimal committed = BigDecimal.ZERO;
        for (BudgetActuals.Spend s : d.spends()) {
            if (scope.has(s.tier(), s.channelId(), s.month())) {
                table.addRow(row(d, l, s.source(), link(s), s.tier(), s.channelId(), s.month(), s.amount()));
                if (s.source() == Source.EXPERIMENT_COMMITTED) {
                    committed = committed.add(s.amount());
                } else {
                    actual = actual.add(s.amount());
                }
            }
        }
        actual = actual.add(enteredRows(d, l, table, scope));
        replacedRows(d, l, table, scope);
        return new BigDecimal[] {actual, committed};
    }

    /** What was entered by hand beyond the spends with a source, per channel and month; answers its sum. */
    private BigDecimal enteredRows(Dashboard d, InsightLabels l, SimpleTable table, Scope scope) {
        BigDecimal actual = BigDecimal.ZERO;
        for (BudgetActuals.Line line : d.table().channels()) {
            Tier lineTier = Objects.requireNonNull(line.tier());
            long lineChannel = Objects.requireNonNull(line.channelId());
            for (int i = 0; i < FiscalYear.MONTHS; i++) {
                if (!scope.has(lineTier, lineChannel, i)) {
                    continue;
                }
                BigDecimal entered = line.month(i).actual().subtract(fromOutside(d, lineTier, lineChannel, i));
                if (entered.signum() != 0) {
                    table.addRow(row(
                            d, l, Source.ENTERED, "budget?year=" + d.fiscalYear(), lineTier, lineChannel, i, entered));
                    actual = actual.add(entered);
                }
            }
        }
        return actual;
    }

    /** Amounts entered by hand that an agency's report then replaced: shown, not counted. */
    private void replacedRows(Dashboard d, InsightLabels l, SimpleTable table, Scope scope) {
        for (BudgetActuals.Spend s : d.table().replaced()) {
            if (scope.has(s.tier(), s.channelId(), s.month())) {
                // entered by hand, then reported by the agency: the report counts, once
                List<Component> cells = row(
                        d,
                        l,
                        Source.ENTERED,
                        "budget?year=" + d.fiscalYear(),
                        s.tier(),
                        s.channelId(),
                        s.month(),
                        s.amount());
                cells.set(0, Links.to("budget?year=" + d.fiscalYear(), getTranslation("sources.replaced")));
                cells.set(3, new Span(getTranslation("sources.notCounted", l.money(s.amount()))));
                table.addRow(cells);
            }
        }
    }

    /** What the page shows: a month (0–11), a tier and a channel, each or all. */
    private record Scope(
            @Nullable Integer month,
            @Nullable Tier tier,
            @Nullable Long channel) {

        boolean has(Tier t, long c, int m) {
            return (month == null || month == m) && (tier == null || tier == t) && (channel == null || channel == c);
        }
    }

    private static BigDecimal fromOutside(Dashboard d, Tier tier, long channel, int month) {
        return d.spends().stream()
                .filter(s -> s.source() != Source.EXPERIMENT_COMMITTED
                        && s.tier() == tier
                        && s.channelId() == channel
                        && s.month() == month)
                .map(BudgetActuals.Spend::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String link(BudgetActuals.Spend s) {
        return s.source() == Source.REPORT
                ? ReportNavigation.version(s.sourceId())
                : s.source() == Source.AGENCY_FEE
                        ? ReportNavigation.engagement(s.sourceId())
                        : ExperimentNavigation.details(s.sourceId());
    }

    private List<Component> row(
            Dashboard d,
            InsightLabels l,
            Source source,
            String href,
            Tier tier,
            long channel,
            int month,
            BigDecimal amount) {
        List<Component> cells = new ArrayList<>();
        cells.add(Links.to(href, getTranslation("sources.kind." + source.name()) + what(d, source, href)));
        cells.add(new Span(l.tier(tier) + " · " + l.channel(channel)));
        cells.add(new Span(l.month(d.months().get(month))));
        cells.add(new Span(l.money(amount)));
        return cells;
    }

    /** The report's engagement and agency, or the experiment's title, after the kind of source. */
    private static String what(Dashboard d, Source source, String href) {
        long id = href.contains("/") ? Long.parseLong(href.substring(href.lastIndexOf('/') + 1)) : -1;
        if (source == Source.REPORT) {
            return d.accepted().stream()
                    .filter(a -> a.versionId() == id)
                    .findFirst()
                    .flatMap(a -> d.reports().engagements().stream()
                            .filter(e -> e.engagementId() == a.engagementId())
                            .findFirst())
                    .map(e -> " · " + e.agency() + " · " + e.engagement())
                    .orElse("");
        }
        if (source == Source.AGENCY_FEE) {
            return d.reports().engagements().stream()
                    .filter(e -> e.engagementId() == id)
                    .findFirst()
                    .map(e -> " · " + e.agency() + " · " + e.engagement())
                    .orElse("");
        }
        if (source == Source.EXPERIMENT_RESULT || source == Source.EXPERIMENT_COMMITTED) {
            return d.experiments().stream()
                    .filter(e -> e.id() == id)
                    .findFirst()
                    .map(e -> " · " + e.title())
                    .orElse("");
        }
        return "";
    }

    private static Optional<Tier> tier(String text) {
        try {
            return Optional.of(Tier.valueOf(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sources.title");
    }
}
