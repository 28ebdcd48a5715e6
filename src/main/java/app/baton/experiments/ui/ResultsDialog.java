package app.baton.experiments.ui;

import app.baton.experiments.ExperimentDetail;
import app.baton.experiments.ExperimentService;
import app.baton.experiments.Metric;
import app.baton.experiments.ResultInput;
import app.baton.experiments.Results;
import app.baton.shared.TextLimits;
import app.baton.shared.ui.MoneyField;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Results of a running experiment: per metric the actual value, or for a KPI the two raw figures it is computed
 * from (e.g. CAC from spend and new customers); the actual spend; and what was learnt.
 */
class ResultsDialog extends Dialog {

    ResultsDialog(
            ExperimentService experiments,
            ExperimentDetail detail,
            ExperimentLabels labels,
            String currency,
            Consumer<ExperimentDetail> done) {
        setHeaderTitle(getTranslation("experiment.results.title"));
        setWidth("min(720px, 96vw)");
        List<BigDecimalField[]> fields = new ArrayList<>();
        for (Metric metric : detail.metrics()) {
            H4 name = new H4(labels.metricName(metric) + " · "
                    + getTranslation("experiment.results.target", labels.value(metric, metric.target())));
            BigDecimalField actual = new BigDecimalField(getTranslation(
                    Shares.percent(metric.kind()) ? "experiment.results.actualPercent" : "experiment.results.actual"));
            FormLayout row = new FormLayout(actual);
            BigDecimalField first = null;
            BigDecimalField second = null;
            if (metric.kind().computable()) {
                first = new BigDecimalField(
                        getTranslation("experiment.raw." + metric.kind().firstFigure()));
                second = new BigDecimalField(
                        getTranslation("experiment.raw." + metric.kind().secondFigure()));
                row.add(first, second);
                actual.setHelperText(getTranslation("experiment.results.orRaw"));
            }
            row.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 3));
            add(name, row);
            fields.add(new BigDecimalField[] {actual, first, second});
        }
        MoneyField spend = new MoneyField(getTranslation("experiment.results.spend"), currency);
        spend.setRequired(true);
        TextArea learnings = new TextArea(getTranslation("experiment.results.learnings"));
        learnings.setWidthFull();
        learnings.setRequired(true);
        learnings.setMaxLength(TextLimits.LONG_TEXT);
        add(spend, learnings, new Paragraph(getTranslation("experiment.results.locked")));
        Button save = new Button(getTranslation("experiment.results.submit"), click -> {
            List<ResultInput> inputs = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) {
                BigDecimalField[] f = fields.get(i);
                BigDecimal actual = f[0].getValue();
                if (actual != null) {
                    actual = Shares.fromShown(detail.metrics().get(i).kind(), actual);
                }
                inputs.add(new ResultInput(
                        actual, f[1] == null ? null : f[1].getValue(), f[2] == null ? null : f[2].getValue()));
            }
            spend.requiredAmount().ifPresent(amount -> {
                new Refusals()
                        .field(learnings, "experiment.learningsRequired")
                        .call(() -> experiments.submitResults(
                                detail.row().id(), detail.version(), new Results(inputs, amount, learnings.getValue())))
                        .ifPresent(saved -> {
                            close();
                            Toasts.success("experiment.results.saved");
                            done.accept(saved);
                        });
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
    }
}
