package app.baton.experiments.ui;

import app.baton.experiments.TrackRecord;
import app.baton.shared.Formats;
import app.baton.shared.ui.Markup;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * Each proposer's track record: experiments concluded and how many met their targets, spend, scale-ups, time to a
 * decision, and a suggested delegated limit when the record is strong.
 */
class TrackRecordCards extends Div {

    /** Texts only, sent as HTML ({@link Markup}): the server keeps no element for each card (issue 16). */
    TrackRecordCards(List<TrackRecord> records, ExperimentLabels labels) {
        addClassName("track-records");
        List<Component> parts = new java.util.ArrayList<>();
        parts.add(new H3(getTranslation("experiment.track.title")));
        parts.add(new Paragraph(getTranslation("experiment.track.intro")));
        if (records.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("experiment.track.none"));
            none.addClassName("hint");
            parts.add(none);
        }
        Div cards = new Div();
        cards.addClassName("card-grid");
        for (TrackRecord record : records) {
            Div card = new Div();
            card.addClassName("home-card");
            card.add(new H3(record.name()));
            card.add(new Paragraph(getTranslation(
                    "experiment.track.concluded",
                    record.concluded(),
                    record.metTargets(),
                    Formats.percent(record.metShare(), getLocale()))));
            card.add(new Paragraph(getTranslation(
                    "experiment.track.money",
                    labels.money(record.totalSpent()),
                    labels.money(record.totalScaledUp()))));
            card.add(new Paragraph(
                    record.averageDaysToDecision() == null
                            ? getTranslation("experiment.track.noDecisions")
                            : getTranslation("experiment.track.days", record.averageDaysToDecision())));
            if (record.suggestedLimit() != null) {
                Span suggestion =
                        new Span(getTranslation("experiment.track.suggestion", labels.money(record.suggestedLimit())));
                suggestion.addClassName("override-reason");
                card.add(suggestion);
            }
            cards.add(card);
        }
        parts.add(cards);
        Markup.writeChildren(this, parts);
    }
}
