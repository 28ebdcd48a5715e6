package app.baton.experiments.ui;

import app.baton.experiments.ExperimentDetail;
import app.baton.experiments.HistoryLine;
import app.baton.shared.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;

/** What happened to an experiment, who did it and when, with their comments; and whose approval it still waits for. */
final class ExperimentHistoryPanel extends Div {

    private final ZoneId zone;

    ExperimentHistoryPanel(ExperimentDetail detail, ZoneId zone) {
        this.zone = zone;
        add(new H3(getTranslation("request.history")));
        addClassName("history");
        fill(detail);
    }

    private void fill(ExperimentDetail detail) {
        Div history = this;
        for (HistoryLine line : detail.history()) {
            String who = line.who() == null ? getTranslation("audit.system") : line.who();
            history.add(new Paragraph(getTranslation(
                    "experiment.history." + line.action().replaceAll("_\\d{4}-.*", ""),
                    who,
                    Formats.dateTime(line.at(), zone, getLocale()))));
            if (line.comment() != null) {
                Paragraph comment = new Paragraph(line.comment());
                comment.addClassName("override-reason");
                history.add(comment);
            }
        }
        if (!detail.stillNeeded().isEmpty()) {
            history.add(new Paragraph(
                    getTranslation("request.history.waitingFor", String.join("、", detail.stillNeeded()))));
        }
    }
}
