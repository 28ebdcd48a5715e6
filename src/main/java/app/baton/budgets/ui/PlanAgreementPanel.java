package app.baton.budgets.ui;

import app.baton.budgets.PlanAgreement;
import app.baton.budgets.PlanAgreementService;
import app.baton.budgets.PlanStatus;
import app.baton.budgets.PlanView;
import app.baton.shared.Formats;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.StatusBadge;
import app.baton.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Whether both generations agreed the plan: the version concerned, each generation's signature on it, and the button
 * to sign for the generation still missing (a draft only). Shown above the plan's actions.
 */
final class PlanAgreementPanel extends Div {

    PlanAgreementPanel(
            PlanAgreementService agreements,
            PlanView plan,
            ZoneId zone,
            Consumer<PlanView> changed,
            Supplier<PlanView> fresh) {
        addClassName("plan-agreement");
        PlanAgreement a = agreements.agreement(plan.id());
        boolean draft = plan.status() == PlanStatus.DRAFT;
        String state;
        StatusBadge.Tone tone;
        if (!draft && a.founderSignedBy() == null) {
            // activated before plans were signed
            state = getTranslation("budget.plan.agreement.before");
            tone = StatusBadge.Tone.NEUTRAL;
        } else if (a.founderAlone()) {
            state = getTranslation("budget.plan.agreement.founderAlone");
            tone = StatusBadge.Tone.SUCCESS;
        } else if (a.agreed()) {
            state = getTranslation("budget.plan.agreement.agreed", a.version());
            tone = StatusBadge.Tone.SUCCESS;
        } else if (!draft) {
            state = getTranslation("budget.plan.agreement.activatedAlone");
            tone = StatusBadge.Tone.WARNING;
        } else if (a.founderSignedBy() != null) {
            state = getTranslation("budget.plan.agreement.waitingSuccessor", a.version());
            tone = StatusBadge.Tone.WARNING;
        } else if (a.successorSignedBy() != null) {
            state = getTranslation("budget.plan.agreement.waitingFounder", a.version());
            tone = StatusBadge.Tone.WARNING;
        } else {
            state = getTranslation("budget.plan.agreement.waitingBoth", a.version());
            tone = StatusBadge.Tone.NEUTRAL;
        }
        add(new StatusBadge(state, tone));
        if (a.founderSignedBy() != null) {
            add(hint(getTranslation(
                    "budget.plan.agreement.founder",
                    a.founderSignedBy(),
                    Formats.dateTime(Objects.requireNonNull(a.founderSignedAt()), zone, getLocale()))));
        }
        if (a.successorSignedBy() != null) {
            add(hint(getTranslation(
                    "budget.plan.agreement.successor",
                    a.successorSignedBy(),
                    Formats.dateTime(Objects.requireNonNull(a.successorSignedAt()), zone, getLocale()))));
        } else if (a.earlierSuccessorSignature()) {
            add(hint(getTranslation("budget.plan.agreement.earlier")));
        }
        if (a.mayISign()) {
            Button sign = new Button(
                    getTranslation("budget.plan.agreement.sign", a.version()),
                    click -> new Refusals().run(() -> {
                        agreements.sign(plan.id(), plan.changeCount());
                        Toasts.success("budget.plan.agreement.signed");
                        changed.accept(fresh.get());
                    }));
            sign.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            add(sign);
        }
    }

    private static Paragraph hint(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("hint");
        return p;
    }
}
