package app.baton.reports.ui;

import app.baton.reports.MessageView;
import app.baton.reports.VersionDetail;
import app.baton.shared.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;

/** The month's whole conversation about a report: uploads, decisions, questions, answers and later findings. */
final class VersionThreadPanel extends Div {

    private final ReportLabels labels;
    private final ZoneId zone;

    VersionThreadPanel(VersionDetail d, ReportLabels labels, ZoneId zone) {
        this.labels = labels;
        this.zone = zone;
        fill(d);
    }

    private void fill(VersionDetail d) {
        Div box = this;
        box.add(new H3(getTranslation("report.thread")));
        for (MessageView m : d.thread()) {
            Div entry = new Div();
            entry.addClassName("thread-entry");
            if (m.fromAgency()) {
                entry.addClassName("from-agency");
            }
            Span meta = new Span(getTranslation("report.message." + m.kind().name(), m.author(), m.versionNumber())
                    + " · " + Formats.dateTime(m.at(), zone, labels.locale()));
            meta.addClassName("thread-meta");
            entry.add(meta);
            // a later finding's body is its flag's code, said in the reader's language
            String body = m.kind() == app.baton.reports.MessageKind.RECONCILED
                    ? getTranslation("report.reconciled." + m.body())
                    : m.body();
            if (!body.isBlank()) {
                entry.add(new Span(body));
            }
            box.add(entry);
        }
    }
}
