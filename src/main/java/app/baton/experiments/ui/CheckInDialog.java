package app.baton.experiments.ui;

import app.baton.experiments.CheckIn;
import app.baton.experiments.CheckInProposal;
import app.baton.experiments.ExperimentDetail;
import app.baton.experiments.ExperimentService;
import app.baton.shared.Formats;
import app.baton.shared.TextLimits;
import app.baton.shared.ui.CommandBinder;
import app.baton.shared.ui.MoneyField;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A check-in on a running experiment (「定期…匯報」): spend to date, the metrics so far, a note, and the proposal —
 * continue, add budget (how much), adjust (what changes: the tactic or the split; the metrics stay as they were
 * locked), or stop early. Bound to {@link CheckIn}.
 */
class CheckInDialog extends Dialog {

    CheckInDialog(
            ExperimentService experiments,
            ExperimentDetail detail,
            ExperimentLabels labels,
            String currency,
            Consumer<ExperimentDetail> done) {
        setHeaderTitle(
                getTranslation("experiment.checkIn.title", detail.checkIns().size() + 1));
        setWidth("min(720px, 96vw)");
        Paragraph due = new Paragraph(getTranslation(
                "experiment.checkIn.due", Formats.date(Objects.requireNonNull(detail.nextCheckInDue()), getLocale())));
        due.addClassName("hint");
        MoneyField spend = new MoneyField(getTranslation("experiment.checkIn.spend"), currency);
        spend.setRequired(true);
        ResultsEditor metrics = new ResultsEditor(detail.metrics(), labels);
        TextArea note = new TextArea(getTranslation("experiment.checkIn.note"));
        note.setWidthFull();
        note.setRequired(true);
        note.setMaxLength(TextLimits.TEXT);
        RadioButtonGroup<CheckInProposal> proposal =
                new RadioButtonGroup<>(getTranslation("experiment.checkIn.proposal"));
        proposal.setItems(CheckInProposal.values());
        proposal.setItemLabelGenerator(p -> getTranslation("experiment.checkIn.proposal." + p.name()));
        proposal.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        TextArea change = new TextArea(getTranslation("experiment.checkIn.change"));
        change.setWidthFull();
        change.setMaxLength(TextLimits.TEXT);
        change.setHelperText(getTranslation("experiment.checkIn.change.help"));
        MoneyField amount = new MoneyField(getTranslation("experiment.checkIn.amount"), currency);
        amount.setHelperText(getTranslation("experiment.checkIn.amount.help"));
        Paragraph stop = new Paragraph(getTranslation("experiment.checkIn.stop.help"));
        stop.addClassName("hint");
        proposal.addValueChangeListener(e -> {
            stop.setVisible(e.getValue() == CheckInProposal.STOP);
            change.setVisible(e.getValue() != null && e.getValue().needsChange());
            amount.setVisible(e.getValue() != null && e.getValue().needsAmount());
        });
        proposal.setValue(CheckInProposal.CONTINUE);
        add(due, spend, metrics, note, proposal, change, amount, stop);
        CommandBinder<CheckIn> binder = new CommandBinder<>(CheckIn.class);
        binder.forField(spend)
                .asRequired(getTranslation("money.required"))
                .withConverter(spend.converter(null))
                .bind("spendToDate");
        binder.forField(metrics).bind("metrics");
        binder.forField(note).bind("note");
        binder.forField(proposal).bind("proposal");
        binder.forField(change).bind("change");
        binder.forField(amount).withConverter(amount.converter(null)).bind("amount");
        Button save = new Button(
                getTranslation("experiment.checkIn.submit"),
                click -> binder.write()
                        .ifPresent(checkIn -> new Refusals()
                                .field(spend, "money.")
                                .field(metrics, "experiment.results.")
                                .field(note, "experiment.checkIn.noteRequired")
                                .field(change, "experiment.checkIn.changeRequired", "request.textTooLong")
                                .field(amount, "request.amountPositive")
                                .call(() -> experiments.checkIn(detail.row().id(), detail.version(), checkIn))
                                .ifPresent(saved -> {
                                    close();
                                    Toasts.success("experiment.checkIn.saved");
                                    done.accept(saved);
                                })));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), save);
    }
}
