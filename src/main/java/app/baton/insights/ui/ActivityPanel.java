package app.baton.insights.ui;

import app.baton.budgets.RequestId;
import app.baton.budgets.RequestRow;
import app.baton.budgets.ui.BudgetNavigation;
import app.baton.experiments.ExperimentStatus;
import app.baton.experiments.ui.ExperimentNavigation;
import app.baton.insights.DashboardService.Dashboard;
import app.baton.reports.ReportFigures;
import app.baton.reports.ui.ReportNavigation;
import app.baton.shared.ui.ChartCard;
import app.baton.shared.ui.EChart;
import app.baton.shared.ui.SimpleTable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The dashboard's lists: what waits for me, the experiment pipeline, agencies side by side, open flags, late reports. */
final class ActivityPanel {

    private ActivityPanel() {}

    static Component waiting(Dashboard d, InsightLabels l) {
        var w = d.waiting();
        Div section = section(l.t("dashboard.waitingTitle", w.total()));
        UnorderedList list = new UnorderedList();
        list.addClassName("link-list");
        for (RequestRow r : w.requests()) {
            list.add(new ListItem(Links.to(
                    BudgetNavigation.request(new RequestId(r.id())),
                    l.t("dashboard.waitingRequest", r.id(), r.requesterName(), l.money(r.amount())))));
        }
        for (var e : w.experiments()) {
            list.add(new ListItem(Links.to(
                    ExperimentNavigation.details(e.id()),
                    l.t(
                            "dashboard.waitingExperiment",
                            e.title(),
                            l.t("waiting.experiment." + e.status().name())))));
        }
        for (var r : w.reports()) {
            list.add(new ListItem(Links.to(
                    ReportNavigation.version(r.versionId()),
                    l.t(
                            r.answered() ? "dashboard.waitingAnswered" : "dashboard.waitingReport",
                            r.engagement(),
                            l.month(r.month())))));
        }
        for (var m : w.meetings()) {
            list.add(new ListItem(Links.to(InsightsNavigation.meeting(m), l.t("waiting.meeting.text", l.month(m)))));
        }
        for (var g : w.goals()) {
            list.add(new ListItem(Links.to(InsightsNavigation.goals(), l.t("waiting.goals.kind", g.number()))));
        }
        for (var p : w.plans()) {
            list.add(new ListItem(Links.to(
                    BudgetNavigation.plan() + "?year=" + p.fiscalYear(), l.t("waiting.plan.text", p.fiscalYear()))));
        }
        if (list.getChildren().findAny().isPresent()) {
            section.add(list, Links.to(InsightsNavigation.approvals(), l.t("dashboard.waitingAll")));
        } else {
            section.add(empty(l.t("dashboard.waitingNone")));
        }
        return section;
    }

    static Component pipeline(Dashboard d, InsightLabels l) {
        if (d.pipeline().counts().values().stream().mapToInt(Integer::intValue).sum() == 0) {
            // no bare axes: say what will appear here, and how
            Div section = section(l.t("dashboard.pipeline"));
            Paragraph none = empty(l.t("dashboard.pipelineEmpty"));
            none.addClassName("chart-empty");
            section.add(none);
            return section;
        }
        ObjectNode option = EChart.option();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("grid")
                .put("left", 8)
                .put("right", 16)
                .put("top", 8)
                .put("bottom", 8)
                .put("containLabel", true);
        option.putObject("xAxis").put("type", "value").put("minInterval", 1);
        ArrayNode names = option.putObject("yAxis")
                .put("type", "category")
                .put("inverse", true)
                .putArray("data");
        ObjectNode bars = option.putArray("series").addObject();
        bars.put("type", "bar").put("name", l.t("dashboard.experiments"));
        bars.putObject("itemStyle").put("color", "#2e7d5b");
        ArrayNode data = bars.putArray("data");
        List<String> headers = List.of(l.t("dashboard.state"), l.t("dashboard.count"), l.t("dashboard.budgetByState"));
        // the table's texts, for the card to build the table from when it is first shown
        List<List<String>> rows = new ArrayList<>();
        for (ExperimentStatus status : ExperimentStatus.values()) {
            String name = l.t("experiment.status." + status.name());
            names.add(name);
            int count = d.pipeline().counts().get(status);
            data.add(count);
            rows.add(List.of(
                    name,
                    Integer.toString(count),
                    l.money(d.pipeline().budgets().get(status)),
                    "experiments?status=" + status.name()));
        }
        EChart chart = new EChart(l.t("dashboard.pipeline"));
        chart.setHeight("300px");
        chart.setOption(option);
        Div section = section(null);
        section.add(new ChartCard(l.t("dashboard.pipeline"), chart, () -> {
            SimpleTable table = new SimpleTable(headers);
            for (List<String> row : rows) {
                table.addRow(
                        List.of(row.get(0), Links.cell(row.get(3), row.get(1)), Links.cell(row.get(3), row.get(2))));
            }
            return table;
        }));
        return section;
    }

    static Component scorecards(Dashboard d, InsightLabels l) {
        Div section = section(l.t("dashboard.scorecards"));
        // a wide table: the whole row of the grid, so a desktop reads it without scrolling sideways
        section.addClassName("dashboard-wide");
        if (d.reports().engagements().isEmpty()) {
            section.add(empty(l.t("dashboard.scorecardsNone")));
            return section;
        }
        SimpleTable table = new SimpleTable(List.of(
                l.t("dashboard.agency"),
                l.t("scorecard.onTime"),
                l.t("scorecard.attainment"),
                l.t("dashboard.reports"),
                l.t("dashboard.flags"),
                l.t("dashboard.accepted"),
                l.t("dashboard.rejected"),
                l.t("dashboard.rating"),
                l.t("dashboard.acceptedSpend"),
                l.t("dashboard.totalCost"),
                l.t("dashboard.claimedPurchases"),
                l.t("dashboard.perVerifiedOrder")));
        java.util.Map<Long, app.baton.insights.DashboardService.EngagementCost> costs = new java.util.HashMap<>();
        d.engagementCosts().forEach(c -> costs.put(c.engagementId(), c));
        for (ReportFigures.Summary s : d.reports().engagements()) {
            String href = ReportNavigation.engagement(s.engagementId());
            var cost = costs.get(s.engagementId());
            table.addRow(List.of(
                    Links.cell(href, s.agency() + " · " + s.engagement()),
                    l.share(s.onTimeRate()) + " (" + s.onTime() + "/" + s.monthsDue() + ")",
                    l.share(s.kpiAttainment()),
                    Links.cell(href, Integer.toString(s.reports())),
                    l.t("dashboard.flagsDetail", s.flags(), s.upheld(), s.dismissed()),
                    Integer.toString(s.accepted()),
                    Integer.toString(s.rejected()),
                    (s.rating() == null ? "—" : s.rating().toPlainString() + " / 5"),
                    Links.cell(href, l.money(s.acceptedSpend())),
                    (cost == null ? "—" : l.money(cost.total())),
                    claimed(cost, l),
                    perOrder(cost, l)));
        }
        section.add(table);
        return section;
    }

    /** Claimed purchases; for an engagement whose conversions are leads, its leads, said as such. */
    private static String claimed(app.baton.insights.DashboardService.@Nullable EngagementCost cost, InsightLabels l) {
        if (cost == null) {
            return "—";
        }
        String number = app.baton.shared.Formats.number(cost.claimedPurchases().longValue(), l.locale());
        return cost.kind() == app.baton.reports.ConversionKind.LEAD ? l.t("dashboard.leads", number) : number;
    }

    /** Cost per verified order; for a lead engagement, cost per lead and how many leads became orders. */
    private static String perOrder(app.baton.insights.DashboardService.@Nullable EngagementCost cost, InsightLabels l) {
        if (cost == null) {
            return "—";
        }
        if (cost.kind() != app.baton.reports.ConversionKind.LEAD) {
            return l.money(cost.perVerifiedOrder());
        }
        String perLead = cost.perLead() == null ? "—" : l.t("dashboard.perLead", l.money(cost.perLead()));
        return cost.leadToOrder() == null
                ? perLead
                : perLead + " · " + l.t("dashboard.leadToOrder", l.share(cost.leadToOrder()));
    }

    static Component openFlags(Dashboard d, InsightLabels l) {
        Div section = section(l.t("dashboard.openFlags", d.reports().openFlags().size()));
        UnorderedList list = new UnorderedList();
        list.addClassName("link-list");
        d.reports().openFlags().stream()
                .limit(SHOWN)
                .forEach(f -> list.add(new ListItem(Links.to(
                        ReportNavigation.version(f.versionId()),
                        l.t("dashboard.openFlagsItem", f.agency(), f.engagement(), l.month(f.month()), f.open())))));
        more(list, d.reports().openFlags().size(), ReportNavigation.engagements(), l);
        section.add(d.reports().openFlags().isEmpty() ? empty(l.t("dashboard.openFlagsNone")) : list);
        return section;
    }

    static Component late(Dashboard d, InsightLabels l) {
        Div section = section(l.t("dashboard.late", d.reports().late().size()));
        UnorderedList list = new UnorderedList();
        list.addClassName("link-list");
        d.reports().late().stream()
                .limit(SHOWN)
                .forEach(m -> list.add(new ListItem(Links.to(
                        ReportNavigation.engagement(m.engagementId()),
                        l.t("dashboard.lateItem", m.agency(), m.engagement(), l.month(m.month()))))));
        more(list, d.reports().late().size(), ReportNavigation.engagements(), l);
        section.add(d.reports().late().isEmpty() ? empty(l.t("dashboard.lateNone")) : list);
        return section;
    }

    /** How many items a list shows before "and N more". */
    static final int SHOWN = 6;

    private static void more(UnorderedList list, int total, String href, InsightLabels l) {
        if (total > SHOWN) {
            list.add(new ListItem(Links.to(href, l.t("dashboard.andMore", total - SHOWN))));
        }
    }

    private static Div section(@org.jspecify.annotations.Nullable String title) {
        Div section = new Div();
        section.addClassName("dashboard-section");
        if (title != null) {
            section.add(new H3(title));
        }
        return section;
    }

    private static Paragraph empty(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("hint");
        return p;
    }
}
