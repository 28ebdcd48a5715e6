package app.baton.experiments.ui;

import app.baton.experiments.Metric;
import app.baton.experiments.ResultInput;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of each locked metric, in the metrics' order: the actual value, or for a KPI the two raw figures it is
 * computed from (e.g. CAC from spend and new customers). Shares are typed in percent. A field of the results form,
 * bound to {@code Results.metrics}.
 */
final class ResultsEditor extends CustomField<List<ResultInput>> {

    private final List<Metric> metrics;
    private final List<Row> rows = new ArrayList<>();

    ResultsEditor(List<Metric> metrics, ExperimentLabels labels) {
        super(List.of());
        this.metrics = List.copyOf(metrics);
        Div body = new Div();
        body.setWidthFull();
        for (Metric metric : metrics) {
            Row row = new Row(metric, labels);
            rows.add(row);
            body.add(row.name, row.layout);
        }
        add(body);
        setWidthFull();
    }

    /**
     * Says beside each metric what the engagement's accepted reports show, which is used when the box is left empty
     * (a typed value is kept as self-reported).
     */
    void showReported(List<@Nullable BigDecimal> reported, ExperimentLabels labels) {
        for (int i = 0; i < rows.size() && i < reported.size(); i++) {
            BigDecimal value = reported.get(i);
            if (value != null) {
                rows.get(i)
                        .actual
                        .setHelperText(
                                getTranslation("experiment.results.fromReports", labels.value(metrics.get(i), value)));
            }
        }
    }

    /** One input per metric; a percent is read back as the share the product stores. */
    @Override
    protected List<ResultInput> generateModelValue() {
        List<ResultInput> inputs = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            inputs.add(rows.get(i).input(metrics.get(i)));
        }
        return List.copyOf(inputs);
    }

    /** The form starts empty: results are typed once, the metrics cannot change. */
    @Override
    protected void setPresentationValue(List<ResultInput> inputs) {
        rows.forEach(Row::clear);
    }

    private final class Row {

        final H4 name;
        final FormLayout layout;
        final BigDecimalField actual;
        final @Nullable BigDecimalField first;
        final @Nullable BigDecimalField second;

        Row(Metric metric, ExperimentLabels labels) {
            name = new H4(labels.metricName(metric) + " · "
                    + getTranslation("experiment.results.target", labels.value(metric, metric.target())));
            actual = new BigDecimalField(getTranslation(
                    Shares.percent(metric.kind()) ? "experiment.results.actualPercent" : "experiment.results.actual"));
            actual.addValueChangeListener(e -> updateValue());
            layout = new FormLayout(actual);
            if (metric.kind().computable()) {
                first = new BigDecimalField(
                        getTranslation("experiment.raw." + metric.kind().firstFigure()));
                second = new BigDecimalField(
                        getTranslation("experiment.raw." + metric.kind().secondFigure()));
                first.addValueChangeListener(e -> updateValue());
                second.addValueChangeListener(e -> updateValue());
                layout.add(first, second);
                actual.setHelperText(getTranslation("experiment.results.orRaw"));
            } else {
                first = null;
                second = null;
            }
            layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 3));
        }

        ResultInput input(Metric metric) {
            BigDecimal typed = actual.getValue();
            return new ResultInput(
                    typed == null ? null : Shares.fromShown(metric.kind(), typed),
                    first == null ? null : first.getValue(),
                    second == null ? null : second.getValue());
        }

        void clear() {
            actual.clear();
            if (first != null && second != null) {
                first.clear();
                second.clear();
            }
        }
    }
}
