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
 * Whether both generations agreed the plan: the version concerned, each generation's signature on it, what changed in
 * the draft since a signature on an earlier version (the two versions side by side, amount by amount), and the button
 * to sign for the generation still missing (a draft only). Shown first on the plan page.
 */
final class PlanAgreementPanel extends Div {

    /** At most this many changed amounts are listed; the rest are counted. */
    static final int SHOWN = 12;

    private final PlanView now;

    PlanAgreementPanel(
            PlanAgreementService agreements,
            PlanView plan,
            BudgetLabels labels,
            ZoneId zone,
            Consumer<PlanView> changed,
            Supplier<PlanView> fresh) {
        this.now = plan;
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
        // a sentence, not a badge: it wraps on a phone
        Paragraph stateLine = new Paragraph(state);
        stateLine.addClassNames("plan-agreement-state", "tone-" + tone.name().toLowerCase(java.util.Locale.ROOT));
        add(stateLine);
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
        if (a.since() != null && !a.agreed()) {
            add(since(a.since(), labels, zone));
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

    /** The draft's changes since the last signature on an earlier version, at most {@link #SHOWN} amounts. */
    private Div since(PlanAgreement.SinceSigned since, BudgetLabels labels, ZoneId zone) {
        Div box = new Div();
        box.addClassName("plan-since");
        box.add(new Paragraph(getTranslation(
                "budget.plan.agreement.since",
                getTranslation("role." + since.role().name()),
                since.signedBy(),
                since.version(),
                Formats.dateTime(since.at(), zone, getLocale()))));
        java.util.List<String> lines = new java.util.ArrayList<>();
        if (since.forecastBefore() != null) {
            lines.add(getTranslation(
                    "budget.plan.agreement.sinceForecast",
                    labels.money(since.forecastBefore()),
                    labels.money(now.revenueForecast())));
        }
        if (since.totalBefore() != null) {
            lines.add(getTranslation(
                    "budget.plan.agreement.sinceTotal",
                    labels.money(since.totalBefore()),
                    labels.money(now.totalBudget())));
        }
        since.cells().stream()
                .limit(SHOWN)
                .forEach(c -> lines.add(getTranslation(
                        "budget.plan.agreement.sinceCell",
                        labels.tier(c.tier()),
                        labels.channel(c.channelId()),
                        labels.month(c.month()),
                        labels.money(c.before()),
                        labels.money(c.after()))));
        if (since.cells().size() > SHOWN) {
            lines.add(getTranslation(
                    "budget.plan.agreement.sinceMore", since.cells().size() - SHOWN));
        }
        if (lines.isEmpty()) {
            lines.add(getTranslation("budget.plan.agreement.sinceNothing"));
        }
        com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
        lines.forEach(line -> list.add(new com.vaadin.flow.component.html.ListItem(line)));
        box.add(list);
        return box;
    }

    private static Paragraph hint(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("hint");
        return p;
    }
}
