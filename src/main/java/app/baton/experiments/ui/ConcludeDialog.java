package app.baton.experiments.ui;

import app.baton.budgets.RequestId;
import app.baton.budgets.Tier;
import app.baton.experiments.ConcludeCommand;
import app.baton.experiments.Conclusion;
import app.baton.experiments.ExperimentDetail;
import app.baton.experiments.ExperimentQueryService;
import app.baton.experiments.ExperimentService;
import app.baton.shared.Formats;
import app.baton.shared.TextLimits;
import app.baton.shared.ui.CommandBinder;
import app.baton.shared.ui.MoneyField;
import app.baton.shared.ui.Refusals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The founder's conclusion: scale up (a budget increase opens in the proposer's name), extend (a later end date and,
 * if wanted, extra budget through a request) or stop (what was not spent goes back to the tier).
 */
class ConcludeDialog extends Dialog {

    ConcludeDialog(
            ExperimentService experiments,
            ExperimentQueryService queries,
            ExperimentDetail detail,
            String currency,
            BiConsumer<ExperimentDetail, @Nullable RequestId> done) {
        setHeaderTitle(getTranslation("experiment.conclude.title"));
        setWidth("min(560px, 96vw)");
        RadioButtonGroup<Conclusion> decision = new RadioButtonGroup<>(getTranslation("experiment.conclude.decision"));
        decision.setItems(Conclusion.values());
        decision.setItemLabelGenerator(c -> getTranslation("experiment.conclusion." + c.name()) + " — "
                + getTranslation("experiment.conclusion." + c.name() + ".help"));
        decision.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        decision.setValue(detail.suggestion() == null ? Conclusion.STOP : detail.suggestion());
        Select<Tier> tier = new Select<>();
        tier.setLabel(getTranslation("experiment.conclude.tier"));
        tier.setItems(Tier.EXPERIMENT, Tier.FOUNDATION);
        tier.setItemLabelGenerator(t -> t == null ? "" : getTranslation("tier." + t.name()));
        tier.setValue(Tier.EXPERIMENT);
        MoneyField amount = new MoneyField(getTranslation("experiment.conclude.amount"), currency);
        amount.setAmount(detail.row().budget());
        DatePicker newEnd = new DatePicker(getTranslation("experiment.conclude.newEnd"));
        newEnd.setLocale(getLocale());
        newEnd.setValue(detail.row().endDate().plusMonths(1));
        // the month the extra money starts in, chosen here (spread from it to the plan's end)
        Select<java.time.YearMonth> firstMonth = new Select<>();
        firstMonth.setLabel(getTranslation("experiment.conclude.firstMonth"));
        firstMonth.setHelperText(getTranslation("experiment.conclude.firstMonth.help"));
        java.util.List<java.time.YearMonth> months =
                queries.monthsForMoney(detail.row().id());
        firstMonth.setItems(months);
        firstMonth.setItemLabelGenerator(m -> m == null ? "" : Formats.month(m, getLocale()));
        if (!months.isEmpty()) {
            firstMonth.setValue(months.getFirst());
        }
        TextArea comment = new TextArea(getTranslation("experiment.conclude.comment"));
        comment.setWidthFull();
        comment.setMaxLength(TextLimits.TEXT);
        FormLayout form = new FormLayout(tier, amount, firstMonth, newEnd);
        Runnable visibility = () -> {
            Conclusion c = decision.getValue();
            tier.setVisible(c == Conclusion.SCALE_UP);
            boolean money = c == Conclusion.SCALE_UP || c == Conclusion.EXTEND;
            amount.setVisible(money);
            firstMonth.setVisible(money && !months.isEmpty());
            newEnd.setVisible(c == Conclusion.EXTEND || c == Conclusion.ADJUST);
        };
        decision.addValueChangeListener(e -> visibility.run());
        visibility.run();
        if (detail.suggestion() != null) {
            add(new Paragraph(getTranslation(
                    "experiment.conclude.suggested",
                    getTranslation(
                            "experiment.conclusion." + detail.suggestion().name()))));
        }
        add(decision, form, comment);
        CommandBinder<ConcludeCommand> binder = new CommandBinder<>(ConcludeCommand.class);
        binder.forField(decision).bind("decision");
        binder.forField(tier).bind("targetTier");
        binder.forField(amount).withConverter(amount.converter(null)).bind("amount");
        binder.forField(newEnd).bind("newEnd");
        binder.forField(firstMonth).bind("firstMonth");
        binder.forField(comment).bind("comment");
        Button confirm = new Button(
                getTranslation("experiment.conclude.confirm"),
                click -> binder.write()
                        .map(ConcludeCommand::asDecided)
                        .ifPresent(command -> new Refusals()
                                .field(newEnd, "experiment.extend.laterEnd")
                                .field(amount, "request.amountPositive", "money.")
                                .field(comment, "request.textTooLong", "experiment.adjust.changeRequired")
                                .run(() -> {
                                    RequestId requestId =
                                            experiments.conclude(detail.row().id(), detail.version(), command);
                                    close();
                                    done.accept(queries.detail(detail.row().id()), requestId);
                                })));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), confirm);
    }
}
