package app.baton.selection.ui;

import app.baton.reports.EngagementKpi;
import app.baton.selection.ProposalView;
import app.baton.selection.RoundDetail;
import app.baton.selection.SelectionService;
import app.baton.shared.Formats;
import app.baton.shared.ui.MoneyField;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An agency's proposal in a round (「要求詳細的執行計畫與報價」): plan, channels, deliverables, fee, media budget, set-up,
 * the whole-term targets it commits to, references and its sample report; sent again until the deadline, it replaces
 * the earlier one. Nobody but the company reads it.
 */
final class ProposalForm extends VerticalLayout {

    ProposalForm(
            SelectionService selection,
            RoundDetail round,
            @Nullable ProposalView earlier,
            Map<Long, String> channelNames,
            String currency,
            Runnable afterwards) {
        setPadding(false);
        add(new H3(getTranslation(earlier == null ? "selection.writeProposal" : "selection.yourProposal")));
        Paragraph due =
                new Paragraph(getTranslation("selection.proposalDue", Formats.date(round.deadline(), getLocale())));
        due.addClassName("hint");
        add(due);
        TextArea plan = new TextArea(getTranslation("selection.plan"));
        plan.setHelperText(getTranslation("selection.planHint"));
        CheckboxGroup<Long> channels = new CheckboxGroup<>(getTranslation("selection.channels"));
        channels.setItems(channelNames.keySet());
        channels.setItemLabelGenerator(id -> channelNames.getOrDefault(id, "#" + id));
        TextArea deliverables = new TextArea(getTranslation("selection.deliverables"));
        MoneyField fee = new MoneyField(getTranslation("selection.monthlyFee"), currency);
        MoneyField media = new MoneyField(getTranslation("selection.mediaBudget"), currency);
        MoneyField setup = new MoneyField(getTranslation("selection.setupFee"), currency);
        setup.setHelperText(getTranslation("selection.setupHint"));
        Map<EngagementKpi, BigDecimalField> targets = new LinkedHashMap<>();
        FormLayout targetFields = new FormLayout();
        for (EngagementKpi kpi : EngagementKpi.values()) {
            BigDecimalField field = new BigDecimalField(getTranslation("kpi." + kpi.name()));
            field.setClearButtonVisible(true);
            targets.put(kpi, field);
            targetFields.add(field);
        }
        TextArea references = new TextArea(getTranslation("selection.references"));
        references.setHelperText(getTranslation("selection.referencesHint"));
        TextArea sample = new TextArea(getTranslation("selection.sampleReport"));
        sample.setHelperText(getTranslation("selection.sampleReportHint"));
        if (earlier != null) {
            plan.setValue(earlier.plan());
            channels.setValue(java.util.Set.copyOf(earlier.channelIds()));
            deliverables.setValue(earlier.deliverables());
            fee.setAmount(earlier.monthlyFee());
            media.setAmount(earlier.mediaBudget());
            setup.setAmount(earlier.setupFee());
            earlier.targets().forEach((kpi, value) -> targets.get(kpi).setValue(value));
            references.setValue(earlier.references());
            sample.setValue(earlier.sampleReport());
        } else if (channelNames.size() == 1) {
            channels.setValue(channelNames.keySet());
        }
        FormLayout form = new FormLayout(plan, channels, deliverables, fee, media, setup);
        form.setColspan(plan, 2);
        form.setColspan(channels, 2);
        form.setColspan(deliverables, 2);
        Paragraph targetsHint = new Paragraph(getTranslation("selection.targetsHint"));
        targetsHint.addClassName("hint");
        FormLayout more = new FormLayout(references, sample);
        Button send = new Button(getTranslation(earlier == null ? "selection.send" : "selection.sendAgain"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            Optional<BigDecimal> feeAmount = fee.requiredAmount();
            Optional<BigDecimal> mediaAmount = media.requiredAmount();
            Optional<BigDecimal> setupAmount = setup.amount();
            if (feeAmount.isEmpty() || mediaAmount.isEmpty() || setup.isInvalid()) {
                return;
            }
            Map<EngagementKpi, BigDecimal> committed = new EnumMap<>(EngagementKpi.class);
            targets.forEach((kpi, field) -> {
                if (field.getValue() != null) {
                    committed.put(kpi, field.getValue());
                }
            });
            new Refusals()
                    .field(plan, "selection.planRequired")
                    .field(channels, "selection.channelsRequired", "selection.channelUnknown")
                    .field(fee, "selection.negative")
                    .field(
                            targetFields
                                    .getChildren()
                                    .findFirst()
                                    .map(c -> (BigDecimalField) c)
                                    .orElseThrow(),
                            "selection.targetPositive")
                    .run(() -> {
                        selection.propose(
                                round.id(),
                                new SelectionService.ProposalForm(
                                        plan.getValue(),
                                        channels.getValue(),
                                        deliverables.getValue(),
                                        feeAmount.get(),
                                        mediaAmount.get(),
                                        setupAmount.orElse(BigDecimal.ZERO),
                                        committed,
                                        references.getValue(),
                                        sample.getValue()));
                        Toasts.success("selection.sent");
                        afterwards.run();
                    });
        });
        add(form, new H3(getTranslation("selection.targets")), targetsHint, targetFields, more, send);
    }
}
