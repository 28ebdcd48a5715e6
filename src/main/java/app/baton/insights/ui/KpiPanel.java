package app.baton.insights.ui;

import app.baton.budgets.FiscalYear;
import app.baton.insights.DashboardService.Dashboard;
import app.baton.insights.DashboardService.Trend;
import app.baton.insights.TrendKpi;
import app.baton.shared.ui.ChartCard;
import app.baton.shared.ui.Choice;
import app.baton.shared.ui.EChart;
import app.baton.shared.ui.SimpleTable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * KPI trends by month against the company's targets, for the whole company or one channel: a line chart with the
 * target as a dashed line, and the same numbers as a table ("—" where a figure cannot be computed).
 */
final class KpiPanel extends Div {

    private final Dashboard d;
    private final InsightLabels l;
    private final Choice<TrendKpi> kpi;
    private final Choice<Trend> channel;
    private final Div body = new Div();

    KpiPanel(Dashboard d, InsightLabels l) {
        this.d = d;
        this.l = l;
        addClassName("dashboard-section");
        kpi = new Choice<>(l.t("dashboard.kpi"), List.of(TrendKpi.values()), l::kpiName, TrendKpi.ROAS)
                .onChoose(k -> draw());
        List<Trend> trends = new ArrayList<>();
        trends.add(d.overall());
        trends.addAll(d.byChannel());
        channel = new Choice<>(l.t("dashboard.channel"), trends, t -> l.channel(t.channelId()), d.overall())
                .onChoose(t -> draw());
        FlexLayout pickers = new FlexLayout(kpi, channel);
        pickers.addClassName("pickers");
        Paragraph basis = new Paragraph(l.t("kpi.basis"));
        basis.addClassNames("hint", "wrap-text");
        add(new H3(l.t("dashboard.kpiTitle")), basis, pickers, body);
        draw();
    }

    private void draw() {
        body.removeAll();
        TrendKpi k = kpi.getValue();
        Trend trend = channel.getValue();
        BigDecimal target = d.targets(d.currentMonth(), trend.channelId()).get(k);
        boolean anyValue = false;
        for (int i = 0; i < FiscalYear.MONTHS; i++) {
            anyValue |= trend.value(k, i) != null;
        }
        boolean anySales =
                d.truth().months().values().stream().anyMatch(c -> c.verified().complete());
        if (k.verified() && !anySales) {
            body.add(hint(l.t("dashboard.needsSales")));
        } else if ((k == TrendKpi.ROI || k == TrendKpi.ROAS_VERIFIED) && !anyValue) {
            body.add(hint(l.t("dashboard.needsAttribution")));
        }
        if (k.needsAssumptions() && d.settings().assumptions().purchasesPerYear() == null && !anySales) {
            Paragraph hint = new Paragraph(l.t("dashboard.cltvNeedsAssumptions"));
            hint.addClassName("hint");
            body.add(hint);
        }
        ObjectNode option = EChart.option();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("bottom", 0);
        option.putObject("grid")
                .put("left", 8)
                .put("right", 16)
                .put("top", 16)
                .put("bottom", 40)
                .put("containLabel", true);
        ArrayNode labels = option.putObject("xAxis").put("type", "category").putArray("data");
        option.putObject("yAxis").put("type", "value").put("scale", true);
        ArrayNode series = option.putArray("series");
        ObjectNode line = series.addObject();
        line.put("name", l.kpiName(k)).put("type", "line").put("connectNulls", false);
        line.putObject("itemStyle").put("color", "#1f5fbf");
        ArrayNode data = line.putArray("data");
        for (int i = 0; i < FiscalYear.MONTHS; i++) {
            BigDecimal value = trend.value(k, i);
            labels.add(l.shortMonth(d.months().get(i)));
            Double plain = InsightLabels.plain(scaled(k, value));
            if (plain == null) {
                data.addNull();
            } else {
                data.add(plain);
            }
        }
        ObjectNode mark = line.putObject("markLine");
        mark.put("symbol", "none");
        ArrayNode marks = mark.putArray("data");
        // each month against the target in force that month (the agreed goal sheet's, else the KPI settings')
        boolean anyTarget = false;
        for (int i = 0; i < FiscalYear.MONTHS; i++) {
            anyTarget |= d.targets(i, trend.channelId()).get(k) != null;
        }
        if (anyTarget) {
            ObjectNode goal = series.addObject();
            goal.put("name", l.t("dashboard.target")).put("type", "line").put("step", "middle");
            goal.put("symbol", "none").put("connectNulls", false);
            goal.putObject("lineStyle").put("type", "dashed").put("color", "#c0392b");
            goal.putObject("itemStyle").put("color", "#c0392b");
            ArrayNode goalData = goal.putArray("data");
            for (int i = 0; i < FiscalYear.MONTHS; i++) {
                Double plain = InsightLabels.plain(
                        scaled(k, d.targets(i, trend.channelId()).get(k)));
                if (plain == null) {
                    goalData.addNull();
                } else {
                    goalData.add(plain);
                }
            }
        }
        // a changed definition of a conversion starts a new period: the months before and after do not compare
        for (var change : d.definitionChanges()) {
            ObjectNode x = marks.addObject().put("xAxis", l.shortMonth(change.month()));
            x.putObject("lineStyle").put("type", "dotted").put("color", "#6b7280");
            x.putObject("label")
                    .put("formatter", l.t("dashboard.definitionChangedShort"))
                    .put("position", "end");
            body.add(hint(l.t(
                    "dashboard.definitionChanged",
                    change.engagement(),
                    l.month(change.month()),
                    l.t("engagement.conversionKind." + change.kind().name()))));
        }
        EChart chart = new EChart(l.t("dashboard.kpiChart", l.kpiName(k), l.channel(trend.channelId())));
        chart.setOption(option);
        ChartCard card = new ChartCard(
                l.t("dashboard.kpiChart", l.kpiName(k), l.channel(trend.channelId())),
                chart,
                () -> table(trend, k, target));
        if (!anyValue) {
            // no bare axes: say what will appear, and show the months with the reason each has no figure
            Paragraph none = hint(l.t("dashboard.kpiEmpty", l.kpiName(k)));
            none.addClassName("chart-empty");
            body.add(none);
            card.show(true);
        }
        body.add(card);
    }

    /** The chart's figures as a table: month, value (a link to its sources, or why there is none), target, met. */
    private SimpleTable table(Trend trend, TrendKpi k, @Nullable BigDecimal target) {
        SimpleTable table = new SimpleTable(
                List.of(l.t("dashboard.month"), l.kpiName(k), l.t("dashboard.target"), l.t("dashboard.met")));
        for (int i = 0; i < FiscalYear.MONTHS; i++) {
            BigDecimal value = trend.value(k, i);
            Boolean met = k.met(value, target);
            table.addRow(List.of(
                    l.month(d.months().get(i)),
                    value == null
                            ? gap(trend, k, i)
                            : Links.to(Links.sources(d.fiscalYear(), i, null, trend.channelId()), l.kpi(k, value)),
                    l.kpi(k, target),
                    (met == null ? "—" : l.t(met ? "dashboard.yes" : "dashboard.no"))));
        }
        return table;
    }

    /** 「—」 with the reason beside it, in small words. */
    private com.vaadin.flow.component.Component gap(Trend trend, TrendKpi k, int month) {
        Span why = new Span(l.t(KpiGaps.why(d, trend, k, month)));
        why.addClassName("kpi-why");
        Span cell = new Span(new Span("—"), why);
        cell.addClassName("kpi-gap");
        return cell;
    }

    private static Paragraph hint(String text) {
        Paragraph hint = new Paragraph(text);
        hint.addClassNames("hint", "wrap-text");
        return hint;
    }

    /** Shares are drawn in percent, like the table shows them. */
    private static @Nullable BigDecimal scaled(TrendKpi k, @Nullable BigDecimal value) {
        return value == null || !k.share() ? value : value.multiply(BigDecimal.valueOf(100));
    }
}
