package app.baton.experiments.ui;

import app.baton.budgets.RequestId;
import app.baton.budgets.ui.BudgetNavigation;
import app.baton.experiments.CheckInView;
import app.baton.experiments.ExperimentDetail;
import app.baton.experiments.Metric;
import app.baton.shared.Formats;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A running experiment's check-ins, newest first: the cadence and the next date, and each check-in with its spend,
 * the metrics so far, the note and the proposal (an adjustment says what changed).
 */
final class CheckInsPanel extends Div {

    CheckInsPanel(ExperimentDetail detail, ExperimentLabels labels, ZoneId zone) {
        addClassName("check-ins");
        add(new H3(getTranslation("experiment.checkIns.title")));
        if (detail.cadence() != null) {
            add(new Paragraph(getTranslation(
                    "experiment.checkIns.cadence",
                    getTranslation("experiment.cadence." + detail.cadence().name()))));
        }
        if (detail.nextCheckInDue() != null) {
            Paragraph next = new Paragraph(
                    getTranslation("experiment.checkIns.next", Formats.date(detail.nextCheckInDue(), getLocale())));
            next.addClassName("hint");
            add(next);
        }
        if (detail.checkIns().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("experiment.checkIns.none"));
            none.addClassName("hint");
            add(none);
        }
        List<CheckInView> newestFirst = new ArrayList<>(detail.checkIns());
        java.util.Collections.reverse(newestFirst);
        for (CheckInView checkIn : newestFirst) {
            Div item = new Div();
            item.addClassName("check-in");
            Span badge = new Span(getTranslation(
                    "experiment.checkIn.proposal." + checkIn.proposal().name()));
            badge.addClassNames("badge", checkIn.proposal().needsChange() ? "badge-warning" : "badge-info");
            Span when = new Span(getTranslation(
                    "experiment.checkIns.when",
                    checkIn.number(),
                    Formats.date(checkIn.due(), getLocale()),
                    checkIn.by(),
                    Formats.date(checkIn.at(), zone, getLocale())));
            when.addClassName("hint");
            item.add(new Div(badge, new Span(" "), when));
            item.add(new Paragraph(getTranslation("experiment.checkIns.spend", labels.money(checkIn.spendToDate()))));
            String metrics = metrics(detail.metrics(), checkIn.metrics(), labels);
            if (!metrics.isEmpty()) {
                item.add(new Paragraph(metrics));
            }
            item.add(new Paragraph(checkIn.note()));
            if (checkIn.change() != null) {
                Paragraph change = new Paragraph(getTranslation("experiment.checkIns.change", checkIn.change()));
                change.addClassName("check-in-change");
                item.add(change);
            }
            if (checkIn.amount() != null) {
                Paragraph asked =
                        new Paragraph(getTranslation("experiment.checkIns.amount", labels.money(checkIn.amount())));
                if (checkIn.requestId() != null) {
                    RequestId requestId = new RequestId(checkIn.requestId());
                    asked.add(
                            new Span(" · "),
                            new Anchor(
                                    BudgetNavigation.request(requestId),
                                    getTranslation("experiment.checkIns.request", requestId.value())));
                }
                item.add(asked);
            }
            add(item);
        }
    }

    /** "CR 2.8 % · CAC NT$1,250": each metric measured so far, in the metrics' order. */
    private static String metrics(List<Metric> metrics, List<BigDecimal> values, ExperimentLabels labels) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < metrics.size() && i < values.size(); i++) {
            if (values.get(i) != null) {
                parts.add(labels.metricName(metrics.get(i)) + " " + labels.value(metrics.get(i), values.get(i)));
            }
        }
        return String.join(" · ", parts);
    }
}
