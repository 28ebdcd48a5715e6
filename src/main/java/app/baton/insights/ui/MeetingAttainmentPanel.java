package app.baton.insights.ui;

import app.baton.insights.MeetingService.Meeting;
import app.baton.insights.TrendKpi;
import app.baton.shared.ui.SimpleTable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The month's KPIs against the targets, overall and per channel, each figure a link to its sources. */
final class MeetingAttainmentPanel extends Div {

    MeetingAttainmentPanel(Meeting m, InsightLabels l) {
        addClassName("dashboard-section");
        add(new H3(getTranslation("meeting.attainment")));
        fill(m, l);
    }

    private void fill(Meeting m, InsightLabels l) {
        Div section = this;
        List<String> headers = new ArrayList<>();
        headers.add(getTranslation("dashboard.channel"));
        for (TrendKpi kpi : TrendKpi.values()) {
            headers.add(l.kpiName(kpi));
        }
        SimpleTable table = new SimpleTable(headers);
        List<Component> target = new ArrayList<>();
        target.add(new Span(getTranslation("dashboard.target")));
        for (TrendKpi kpi : TrendKpi.values()) {
            target.add(new Span(l.kpi(kpi, m.targets().get(kpi))));
        }
        table.addRow(target);
        table.addRow(kpiRow(null, l.channel(null), m.overall(), m, l));
        m.attainment().forEach(a -> table.addRow(kpiRow(a.channelId(), l.channel(a.channelId()), a.values(), m, l)));
        section.add(table);
    }

    private List<Component> kpiRow(
            @Nullable Long channelId,
            String name,
            java.util.Map<TrendKpi, java.math.@Nullable BigDecimal> values,
            Meeting m,
            InsightLabels l) {
        List<Component> row = new ArrayList<>();
        row.add(new Span(name));
        String sources = Links.sources(m.dashboard().fiscalYear(), m.monthIndex(), null, channelId);
        java.util.Map<TrendKpi, java.math.BigDecimal> targets =
                channelId == null ? m.targets() : m.targetsOf(channelId);
        java.util.Map<TrendKpi, java.math.BigDecimal> own =
                channelId == null ? java.util.Map.of() : m.channelTargets().getOrDefault(channelId, java.util.Map.of());
        for (TrendKpi kpi : TrendKpi.values()) {
            Boolean met = kpi.met(values.get(kpi), targets.get(kpi));
            // a channel's own target (from the agreed goals) is written beside its value
            String text = own.containsKey(kpi)
                    ? getTranslation(
                            "meeting.attainment.ownTarget", l.kpi(kpi, values.get(kpi)), l.kpi(kpi, own.get(kpi)))
                    : l.kpi(kpi, values.get(kpi));
            Anchor cell = Links.to(sources, text);
            if (met != null) {
                cell.addClassName(met ? "met" : "missed");
                cell.getElement().setAttribute("title", getTranslation(met ? "pack.met" : "pack.missed"));
            }
            row.add(cell);
        }
        return row;
    }
}
