package app.baton.reports.ui;

import app.baton.reports.Attainment;
import app.baton.reports.EngagementKpi;
import app.baton.reports.VersionDetail;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** A report version's cost and KPIs, per channel when it has several, and each target's attainment. */
final class VersionKpiPanel extends Div {

    private final ReportLabels labels;

    private final MissLines misses;

    VersionKpiPanel(VersionDetail d, ReportLabels labels, MissLines misses) {
        this.labels = labels;
        this.misses = misses;
        addClassName("kpi-box");
        fill(d);
    }

    private void fill(VersionDetail d) {
        Div box = this;
        box.add(new H3(getTranslation("report.kpis")));
        Div stats = new Div();
        stats.addClassName("stat-grid");
        stats.add(app.baton.shared.ui.Stat.of(
                getTranslation("report.cost"), labels.money(d.sums().cost()), null));
        for (EngagementKpi kpi : new EngagementKpi[] {
            EngagementKpi.CTR,
            EngagementKpi.CPC,
            EngagementKpi.CPA,
            EngagementKpi.CR,
            EngagementKpi.ROAS,
            EngagementKpi.CAC
        }) {
            stats.add(app.baton.shared.ui.Stat.of(
                    getTranslation("kpi." + kpi.name()),
                    labels.kpi(kpi, d.kpis().get(kpi)),
                    null));
        }
        box.add(stats);
        if (d.rowsMissing()) {
            Paragraph missing = new Paragraph(getTranslation("report.rowsMissing"));
            missing.addClassName("warning-text");
            box.add(missing);
        } else if (d.channels().size() > 1) {
            box.add(new H3(getTranslation("report.byChannel")), channelGrid(d));
        }
        for (Attainment a : d.attainment()) {
            String target = getTranslation("kpi." + a.kpi().name()) + " "
                    + getTranslation(
                            a.stageMonth() == null ? "report.attainment.term" : "report.attainment.stage",
                            labels.kpi(a.kpi(), a.target()),
                            labels.kpi(a.kpi(), a.actual()),
                            labels.share(a.attainment()));
            box.add(new Paragraph(target));
            misses.under(a).ifPresent(box::add);
        }
    }

    private com.vaadin.flow.component.grid.Grid<app.baton.reports.ChannelKpis.Row> channelGrid(VersionDetail d) {
        var grid = new com.vaadin.flow.component.grid.Grid<app.baton.reports.ChannelKpis.Row>();
        grid.addColumn(r -> app.baton.budgets.ChannelService.DEFAULT_CODES.contains(r.channel())
                        ? getTranslation("channel." + r.channel())
                        : r.channel())
                .setHeader(getTranslation("budget.channel"))
                .setAutoWidth(true)
                .setFrozen(true);
        grid.addColumn(r -> labels.money(r.sums().cost()))
                .setHeader(getTranslation("report.cost"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                .setAutoWidth(true);
        for (EngagementKpi kpi : new EngagementKpi[] {
            EngagementKpi.CTR, EngagementKpi.CPC, EngagementKpi.CPA, EngagementKpi.CR, EngagementKpi.ROAS
        }) {
            grid.addColumn(r -> labels.kpi(kpi, r.kpis().get(kpi)))
                    .setHeader(kpi.name())
                    .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                    .setAutoWidth(true);
        }
        grid.setItems(d.channels());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_COMPACT);
        return grid;
    }
}
