package app.baton.experiments.ui;

import app.baton.experiments.ExperimentDetail;
import app.baton.experiments.ExperimentMethod;
import app.baton.experiments.ExperimentService;
import app.baton.experiments.Results;
import app.baton.shared.TextLimits;
import app.baton.shared.ui.CommandBinder;
import app.baton.shared.ui.MoneyField;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * Results of a running experiment: per metric the actual value, or for a KPI the two raw figures it is computed
 * from (e.g. CAC from spend and new customers); the actual spend; and what was learnt. Bound to {@link Results}: its
 * constraints speak beside the fields as the person types, the service's refusals beside the same fields.
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
        ResultsEditor metrics = new ResultsEditor(detail.metrics(), labels);
        metrics.showReported(detail.reported(), labels);
        MoneyField spend = new MoneyField(getTranslation("experiment.results.spend"), currency);
        spend.setRequired(true);
        TextArea learnings = new TextArea(getTranslation("experiment.results.learnings"));
        learnings.setWidthFull();
        learnings.setRequired(true);
        learnings.setMaxLength(TextLimits.LONG_TEXT);
        AbCountsEditor counts = new AbCountsEditor();
        counts.setVisible(detail.row().method() == ExperimentMethod.AB_TEST);
        Paragraph ownSales = new Paragraph(getTranslation("experiment.results.ownSales"));
        ownSales.addClassName("hint");
        add(counts, metrics, spend, ownSales, learnings, new Paragraph(getTranslation("experiment.results.locked")));
        CommandBinder<Results> binder = new CommandBinder<>(Results.class);
        binder.forField(metrics).bind("metrics");
        binder.forField(spend)
                .asRequired(getTranslation("money.required"))
                .withConverter(spend.converter(null))
                .bind("spend");
        binder.forField(learnings).bind("learnings");
        binder.forField(counts).bind("abTest");
        Button save = new Button(
                getTranslation("experiment.results.submit"),
                click -> binder.write()
                        .ifPresent(results -> new Refusals()
                                .field(learnings, "experiment.learningsRequired")
                                .field(spend, "money.")
                                .field(metrics, "experiment.results.")
                                .field(counts, "experiment.ab.")
                                .call(() ->
                                        experiments.submitResults(detail.row().id(), detail.version(), results))
                                .ifPresent(saved -> {
                                    close();
                                    Toasts.success("experiment.results.saved");
                                    done.accept(saved);
                                })));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
    }
}
