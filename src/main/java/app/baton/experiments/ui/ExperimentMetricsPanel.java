package app.baton.experiments.ui;

import app.baton.experiments.ExperimentDetail;
import app.baton.experiments.Metric;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** An experiment's success metrics: baseline, target, result and outcome, the suggested conclusion, and the lock. */
final class ExperimentMetricsPanel extends Div {

    private final ExperimentLabels labels;

    ExperimentMetricsPanel(ExperimentDetail detail, ExperimentLabels labels) {
        this.labels = labels;
        add(new H3(getTranslation("experiment.metrics")));
        fill(detail);
    }

    private void fill(ExperimentDetail detail) {
        Div section = this;
        Grid<Metric> grid = new Grid<>();
        grid.addColumn(labels::metricName)
                .setHeader(getTranslation("experiment.metric.kind"))
                .setFlexGrow(2);
        grid.addColumn(m -> labels.value(m, m.baseline())).setHeader(getTranslation("experiment.metric.baseline"));
        grid.addColumn(m -> labels.value(m, m.target())).setHeader(getTranslation("experiment.metric.target"));
        grid.addColumn(m -> labels.value(m, m.actual())).setHeader(getTranslation("experiment.results.actual"));
        grid.addComponentColumn(m -> labels.outcome(m.outcome())).setHeader(getTranslation("experiment.outcome"));
        // where each result came from: the agency's accepted reports, or typed in (self-reported)
        if (detail.metricSources().stream().anyMatch(java.util.Objects::nonNull)) {
            grid.addColumn(m -> {
                        var source = detail.metricSources().get(detail.metrics().indexOf(m));
                        return source == null ? "—" : getTranslation("experiment.source." + source.name());
                    })
                    .setHeader(getTranslation("experiment.source"));
        }
        grid.setItems(detail.metrics());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        section.add(grid);
        if (detail.suggestion() != null) {
            Paragraph verdict = new Paragraph(getTranslation(
                    "experiment.verdict",
                    getTranslation(
                            "experiment.conclusion." + detail.suggestion().name())));
            verdict.addClassName("outcome");
            section.add(verdict);
        }
        Paragraph locked = new Paragraph(getTranslation("experiment.metrics.lockedNote"));
        locked.addClassName("hint");
        section.add(locked);
    }
}
