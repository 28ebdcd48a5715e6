package app.baton.experiments.ui;

import app.baton.experiments.ExperimentRow;
import app.baton.experiments.ExperimentStatus;
import app.baton.shared.ui.Markup;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * The experiments board of {@link ExperimentBoardView}: a column per stage — drafts, waiting for a decision, approved
 * but not started, running, results to review, finished — and a card per experiment.
 */
final class ExperimentBoard extends Div {

    private static final List<List<ExperimentStatus>> COLUMNS = List.of(
            List.of(ExperimentStatus.DRAFT, ExperimentStatus.CHANGES_REQUESTED),
            List.of(ExperimentStatus.SUBMITTED),
            // approved but not started is a column of its own: money promised, nothing spent yet (issue 18)
            List.of(ExperimentStatus.APPROVED),
            List.of(ExperimentStatus.RUNNING),
            List.of(ExperimentStatus.RESULTS_SUBMITTED),
            List.of(ExperimentStatus.CONCLUDED, ExperimentStatus.REJECTED));

    private final ExperimentLabels labels;

    /**
     * The board's columns and cards, sent as HTML ({@link Markup}): links and texts the browser shows and follows
     * without the server keeping an element for each (issue 16, decision 017).
     */
    ExperimentBoard(List<ExperimentRow> all, ExperimentLabels labels) {
        this.labels = labels;
        addClassName("board");
        List<Component> columns = new java.util.ArrayList<>();
        for (List<ExperimentStatus> column : COLUMNS) {
            Div col = new Div();
            col.addClassName("board-column");
            List<ExperimentRow> rows =
                    all.stream().filter(r -> column.contains(r.status())).toList();
            col.add(new H3(getTranslation(
                    "experiment.column.count",
                    getTranslation("experiment.column." + column.get(0).name()),
                    rows.size())));
            rows.forEach(r -> col.add(card(r)));
            columns.add(col);
        }
        Markup.writeChildren(this, columns);
    }

    private Component card(ExperimentRow row) {
        // a router link: the browser moves to the experiment without reloading the page
        Anchor card = new Anchor();
        card.setHref(ExperimentNavigation.details(row.id()));
        card.getElement().setAttribute("router-link", true);
        card.addClassName("waiting-card");
        Span title = new Span(row.title());
        title.addClassName("card-title");
        Span budget = new Span(labels.money(row.budget()));
        budget.addClassName("card-amount");
        Span dates = new Span(labels.dates(row.startDate(), row.endDate()));
        dates.addClassName("hint");
        Span who = new Span(row.proposerName() + " · " + labels.channel(row.channelId()));
        who.addClassName("hint");
        Div outcomes = new Div();
        outcomes.addClassName("outcome-dots");
        row.outcomes().forEach(o -> outcomes.add(labels.outcome(o)));
        card.add(labels.status(row.status()), title, budget, dates, who, outcomes);
        return card;
    }
}
