package app.baton.reports.ui;

import app.baton.reports.EngagementView;
import app.baton.reports.Party;
import app.baton.reports.Responsibility;
import app.baton.reports.TermsService;
import app.baton.reports.TermsVersion;
import app.baton.security.MembershipRole;
import app.baton.shared.ui.MoneyField;
import app.baton.shared.ui.Refusals;
import app.baton.tenancy.MembershipService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Proposes a version of an engagement's terms, or counter-proposes the other side's: fee, cap, deliverables, duties,
 * targets, who does what, the company's internal contact (the company's to name) and why.
 */
final class TermsDialog extends Dialog {

    TermsDialog(
            TermsService terms,
            MembershipService memberships,
            EngagementView engagement,
            TermsVersion from,
            boolean counter,
            boolean vendor,
            ReportLabels labels,
            Runnable afterwards) {
        setHeaderTitle(getTranslation(counter ? "terms.counterTitle" : "terms.proposeTitle", engagement.title()));
        setWidth("min(46rem, 100vw)");
        String currency = labels.currency();
        MoneyField fee = new MoneyField(getTranslation("engagement.fee"), currency);
        fee.setAmount(from.monthlyFee());
        MoneyField cap = new MoneyField(getTranslation("engagement.cap"), currency);
        cap.setAmount(from.mediaSpendCap());
        TextArea deliverables = new TextArea(getTranslation("engagement.deliverables"));
        deliverables.setValue(from.deliverables());
        TextArea vendorDuties = new TextArea(getTranslation("engagement.vendorDuties"));
        vendorDuties.setValue(from.vendorDuties());
        // an agency reads the company's side in the third person
        TextArea inHouseDuties =
                new TextArea(getTranslation(vendor ? "terms.companyKeeps" : "engagement.inHouseDuties"));
        inHouseDuties.setValue(from.inHouseDuties());
        TargetsEditor targets = new TargetsEditor(() -> months(engagement), labels);
        targets.setLabel(getTranslation("engagement.targets"));
        targets.setValue(from.targets());
        com.vaadin.flow.component.datepicker.DatePicker end =
                new com.vaadin.flow.component.datepicker.DatePicker(getTranslation("terms.termEnd"));
        end.setHelperText(getTranslation("terms.termEndHint", labels.date(engagement.end())));
        end.setClearButtonVisible(true);
        end.setValue(from.termEnd());
        FormLayout form = new FormLayout(fee, cap, deliverables, vendorDuties, inHouseDuties, end, targets);
        form.setColspan(deliverables, 2);
        form.setColspan(targets, 2);
        Map<Responsibility, Select<Party>> raci = new EnumMap<>(Responsibility.class);
        FormLayout who = new FormLayout();
        for (Responsibility r : Responsibility.values()) {
            Select<Party> party = new Select<>();
            party.setLabel(getTranslation("terms.responsibility." + r.name()));
            party.setItems(Party.values());
            party.setItemLabelGenerator(p -> p == null ? "" : getTranslation("terms.party." + p.name()));
            party.setEmptySelectionAllowed(true);
            party.setEmptySelectionCaption(getTranslation("terms.unassigned"));
            party.setPlaceholder(getTranslation("terms.unassigned"));
            party.setValue(from.responsibilities().get(r));
            raci.put(r, party);
            who.add(party);
        }
        Select<Long> contact = new Select<>();
        contact.setLabel(getTranslation("terms.contact"));
        Map<Long, String> family = new LinkedHashMap<>();
        if (vendor) {
            if (from.internalContactUserId() != null) {
                family.put(from.internalContactUserId(), String.valueOf(from.internalContact()));
            }
            contact.setHelperText(getTranslation("terms.contactCompanyNames"));
            contact.setReadOnly(true);
        } else {
            memberships.members().stream()
                    .filter(m -> m.role() != MembershipRole.VENDOR)
                    .forEach(m -> family.put(m.userId(), m.displayName()));
        }
        contact.setItems(family.keySet());
        contact.setItemLabelGenerator(id -> id == null ? "" : family.getOrDefault(id, "?"));
        contact.setEmptySelectionAllowed(true);
        contact.setEmptySelectionCaption(getTranslation("terms.noContact"));
        contact.setPlaceholder(getTranslation("terms.noContact"));
        contact.setValue(from.internalContactUserId());
        who.add(contact);
        TextArea reason = new TextArea(getTranslation(counter ? "terms.counterReason" : "terms.reason"));
        reason.setHelperText(getTranslation("terms.reasonHint"));
        reason.setWidthFull();
        Paragraph intro = new Paragraph(getTranslation(vendor ? "terms.introAgency" : "terms.introCompany"));
        intro.addClassName("hint");
        add(intro, form, new H4(getTranslation("terms.whoDoesWhat")), who, reason);
        Button send = new Button(getTranslation(counter ? "terms.sendCounter" : "terms.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            Optional<BigDecimal> feeAmount = fee.requiredAmount();
            Optional<BigDecimal> capAmount = cap.requiredAmount();
            if (feeAmount.isEmpty() || capAmount.isEmpty()) {
                return;
            }
            Map<Responsibility, Party> assigned = new EnumMap<>(Responsibility.class);
            raci.forEach((r, select) -> {
                if (select.getValue() != null) {
                    assigned.put(r, select.getValue());
                }
            });
            new Refusals()
                    .field(reason, "terms.reasonRequired", "engagement.tooLong")
                    .field(fee, "engagement.negative")
                    .field(
                            targets,
                            "engagement.targetPositive",
                            "engagement.stageOutsideTerm",
                            "engagement.targetTwice")
                    .field(contact, "terms.contactUnknown", "terms.contactIsTheCompanys")
                    .field(end, "terms.endNotLater")
                    .then(refused -> {
                        if ("terms.changed".equals(refused.messageKey())) {
                            close();
                            afterwards.run();
                        }
                    })
                    .run(() -> {
                        terms.propose(
                                engagement.id(),
                                new TermsService.TermsForm(
                                        feeAmount.get(),
                                        capAmount.get(),
                                        deliverables.getValue(),
                                        vendorDuties.getValue(),
                                        inHouseDuties.getValue(),
                                        targets.getValue(),
                                        assigned,
                                        contact.getValue(),
                                        reason.getValue(),
                                        end.getValue()));
                        close();
                        afterwards.run();
                    });
        });
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()), send);
    }

    private static List<YearMonth> months(EngagementView engagement) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(engagement.start());
                !m.isAfter(YearMonth.from(engagement.end()));
                m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
