package app.baton.insights.ui;

import app.baton.budgets.FiscalYear;
import app.baton.budgets.Tier;
import app.baton.insights.BudgetActuals;
import app.baton.insights.DashboardService.Dashboard;
import app.baton.shared.ui.ChartCard;
import app.baton.shared.ui.EChart;
import app.baton.shared.ui.SimpleTable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Budget vs actual: the headline figures for the year or a month, a chart of planned against actual by month, and
 * the table per tier and channel. Every figure links to the rows it came from.
 */
final class BudgetPanel extends Div {

    BudgetPanel(Dashboard d, @Nullable Integer month, InsightLabels l) {
        addClassName("dashboard-section");
        BudgetActuals.Amounts total = amounts(d.table().total(), month);
        Div stats = new Div();
        stats.addClassName("stat-grid");
        String all = Links.sources(d.fiscalYear(), month, null, null);
        stats.add(
                stat(
                        l.t("dashboard.planned"),
                        l.money(total.planned()),
                        "budget?year=" + d.fiscalYear(),
                        l.t("dashboard.originalWas", l.money(total.original()))),
                stat(l.t("dashboard.committed"), l.money(total.committed()), all, null),
                stat(
                        l.t("dashboard.actual"),
                        l.money(total.actual()),
                        all,
                        l.t("dashboard.used", l.share(total.used()))),
                stat(l.t("dashboard.remaining"), l.money(total.remaining()), all, null));
        if (month == null) {
            BigDecimal forecast = d.table().total().forecast();
            stats.add(stat(
                    l.t("dashboard.forecast"),
                    l.money(forecast),
                    all,
                    forecast == null
                            ? l.t("dashboard.forecastNone")
                            : l.t("dashboard.forecastBasis", d.closedMonths())));
        }
        add(
                new H3(
                        month == null
                                ? l.t("dashboard.budgetYear", d.fiscalYear())
                                : l.t(
                                        "dashboard.budgetMonth",
                                        l.month(d.months().get(month)))),
                stats,
                monthChart(d, l),
                table(d, month, l));
    }

    private static BudgetActuals.Amounts amounts(BudgetActuals.Line line, @Nullable Integer month) {
        return month == null ? line.year() : line.month(month);
    }

    private static Div stat(String label, String value, String href, @Nullable String detail) {
        Div stat = new Div();
        stat.addClassName("stat");
        Span name = new Span(label);
        name.addClassName("stat-label");
        var link = Links.to(href, value);
        link.addClassName("stat-value");
        stat.add(name, link);
        if (detail != null) {
            Span hint = new Span(detail);
            hint.addClassName("hint");
            stat.add(hint);
        }
        return stat;
    }

    private static ChartCard monthChart(Dashboard d, InsightLabels l) {
        ObjectNode option = EChart.option();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("bottom", 0);
        ObjectNode grid = option.putObject("grid");
        grid.put("left", 8).put("right", 8).put("top", 16).put("bottom", 40).put("containLabel", true);
        ArrayNode labels = option.putObject("xAxis").put("type", "category").putArray("data");
        option.putObject("yAxis").put("type", "value");
        d.months().forEach(m -> labels.add(l.shortMonth(m)));
        ArrayNode series = option.putArray("series");
        ArrayNode planned = bar(series, l.t("dashboard.planned"), "#9db4d6");
        ArrayNode actual = bar(series, l.t("dashboard.actual"), "#1f5fbf");
        ArrayNode committed = bar(series, l.t("dashboard.committed"), "#e0a030");
        List<String> headers = List.of(
                l.t("dashboard.month"), l.t("dashboard.planned"), l.t("dashboard.committed"), l.t("dashboard.actual"));
        // the table's texts, for the card to build the table from when it is first shown
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < FiscalYear.MONTHS; i++) {
            BudgetActuals.Amounts a = d.table().total().month(i);
            planned.add(a.planned().doubleValue());
            actual.add(a.actual().doubleValue());
            committed.add(a.committed().doubleValue());
            rows.add(List.of(
                    l.month(d.months().get(i)),
                    l.money(a.planned()),
                    l.money(a.committed()),
                    l.money(a.actual()),
                    Links.sources(d.fiscalYear(), i, null, null)));
        }
        EChart chart = new EChart(l.t("dashboard.chart.byMonth"));
        chart.setOption(option);
        return new ChartCard(l.t("dashboard.chart.byMonth"), chart, () -> {
            SimpleTable table = new SimpleTable(headers);
            for (List<String> row : rows) {
                String href = row.get(4);
                table.addRow(
                        List.of(row.get(0), row.get(1), Links.cell(href, row.get(2)), Links.cell(href, row.get(3))));
            }
            return table;
        });
    }

    private static ArrayNode bar(ArrayNode series, String name, String color) {
        ObjectNode s = series.addObject();
        s.put("name", name).put("type", "bar");
        s.putObject("itemStyle").put("color", color);
        return s.putArray("data");
    }

    private static Component table(Dashboard d, @Nullable Integer month, InsightLabels l) {
        List<String> headers = new ArrayList<>(app.baton.insights.MeetingPack.budgetHeaders(l));
        if (month == null) {
            headers.add(l.t("dashboard.forecast"));
        }
        SimpleTable table = new SimpleTable(headers);
        table.addClassName("budget-actual-table");
        for (Tier tier : Tier.values()) {
            row(table, d, month, d.table().tier(tier), l, true);
            d.table().channelsOf(tier).forEach(line -> row(table, d, month, line, l, false));
        }
        row(table, d, month, d.table().total(), l, true);
        return table;
    }

    private static void row(
            SimpleTable table,
            Dashboard d,
            @Nullable Integer month,
            BudgetActuals.Line line,
            InsightLabels l,
            boolean strong) {
        BudgetActuals.Amounts a = amounts(line, month);
        String href = Links.sources(d.fiscalYear(), month, line.tier(), line.channelId());
        String label = line.channelId() == null ? l.tier(line.tier()) : l.channel(line.channelId());
        Object name = strong ? new SimpleTable.Marked(label, "strong") : label;
        List<Object> cells = new ArrayList<>(List.of(
                name,
                l.money(a.original()),
                Links.cell("budget?year=" + d.fiscalYear(), l.money(a.planned())),
                Links.cell(href, l.money(a.committed())),
                Links.cell(href, l.money(a.actual())),
                remaining(a, l)));
        if (month == null) {
            cells.add(l.money(line.forecast()));
        }
        table.addRow(cells);
    }

    /** The amount left: a text, or marked when overspent. */
    private static Object remaining(BudgetActuals.Amounts a, InsightLabels l) {
        if (a.remaining().signum() >= 0) {
            return l.money(a.remaining());
        }
        return new SimpleTable.Marked(l.money(a.remaining()), "negative");
    }
}
