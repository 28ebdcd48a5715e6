package app.baton.reports.ui;

import app.baton.budgets.ChannelService;
import app.baton.reports.EngagementView;
import app.baton.shared.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import java.util.stream.Collectors;

/** An engagement's terms: agency, channels, fee and cap (and the fee's split), term, due day, conversion, duties, targets. */
final class EngagementTermsPanel extends Div {

    private final ChannelService channels;
    private final ReportLabels labels;

    EngagementTermsPanel(EngagementView e, ChannelService channels, ReportLabels labels) {
        this.channels = channels;
        this.labels = labels;
        addClassName("decision-ask");
        fill(e);
    }

    private void fill(EngagementView e) {
        Div box = this;
        Map<Long, String> names = channels.channels(e.channelIds()).stream()
                .collect(Collectors.toMap(
                        ChannelService.ChannelView::id,
                        c -> c.name() != null ? c.name() : getTranslation("channel." + c.code())));
        box.add(line("engagement.agency", e.agencyName()));
        box.add(line(
                "engagement.channels",
                e.channelIds().stream()
                        .map(id -> names.getOrDefault(id, "#" + id))
                        .collect(Collectors.joining("、"))));
        box.add(line(
                "engagement.feeAndCapLabel",
                getTranslation("engagement.feeAndCap", labels.money(e.monthlyFee()), labels.money(e.mediaSpendCap()))));
        if (e.channelIds().size() > 1 && e.monthlyFee().signum() > 0) {
            // what each channel's cost carries of the fee in the KPIs
            box.add(line(
                    "engagement.feeSplit",
                    e.feeByChannel().entrySet().stream()
                            .map(f -> getTranslation(
                                    "engagement.feeShare",
                                    names.getOrDefault(f.getKey(), "#" + f.getKey()),
                                    labels.money(f.getValue())))
                            .collect(Collectors.joining("、"))));
        }
        box.add(line(
                "engagement.term",
                Formats.date(e.start(), labels.locale()) + " – " + Formats.date(e.end(), labels.locale())));
        box.add(line("engagement.dueDay", getTranslation("engagement.dueDayText", e.dueDay())));
        String conversion =
                getTranslation("engagement.conversionKind." + e.conversionKind().name())
                        + (e.conversionDefinition().isBlank() ? "" : "：" + e.conversionDefinition());
        box.add(line(
                "engagement.conversion",
                e.conversionSince() == null
                        ? conversion
                        : getTranslation(
                                "engagement.conversionSince",
                                conversion,
                                labels.month(java.time.YearMonth.from(e.conversionSince())))));
        if (!e.deliverables().isBlank()) {
            box.add(line("engagement.deliverables", e.deliverables()));
        }
        if (!e.vendorDuties().isBlank()) {
            box.add(line("engagement.vendorDuties", e.vendorDuties()));
        }
        if (!e.inHouseDuties().isBlank()) {
            box.add(line("engagement.inHouseDuties", e.inHouseDuties()));
        }
        if (!e.targets().isEmpty()) {
            box.add(line(
                    "engagement.targets",
                    e.targets().stream()
                            .map(t -> getTranslation("kpi." + t.kpi().name()) + " "
                                    + labels.kpi(t.kpi(), t.target())
                                    + (t.month() == null ? "" : " (" + labels.month(t.month()) + ")"))
                            .collect(Collectors.joining(" · "))));
        }
    }

    private Div line(String labelKey, String value) {
        Div line = new Div();
        line.addClassName("decision-line");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("stat-label");
        line.add(label, new Span(value));
        return line;
    }
}
