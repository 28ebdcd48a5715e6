package app.baton.budgets.ui;

import app.baton.approvals.Violation;
import app.baton.budgets.CellChange;
import app.baton.budgets.RequestPreview;
import app.baton.budgets.TierChange;
import app.baton.shared.ui.StatusBadge;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The money before and after a request and the guardrail check: used beside the request form (live) and on the
 * decision page. Broken guardrails are listed in words; none broken says so in green.
 */
class RequestPreviewPanel extends Div {

    RequestPreviewPanel() {
        addClassName("request-preview");
        clear();
    }

    void clear() {
        removeAll();
        add(new H3(getTranslation("request.check.title")));
        Paragraph hint = new Paragraph(getTranslation("request.check.empty"));
        hint.addClassName("hint");
        add(hint);
    }

    void error(String message) {
        removeAll();
        add(new H3(getTranslation("request.check.title")));
        Paragraph text = new Paragraph(message);
        text.addClassName("error-text");
        add(text);
    }

    /** The live check beside the form: changes, guardrails, and what submitting would do. */
    void show(RequestPreview preview, BudgetLabels labels) {
        show(preview, labels, true, true, false);
    }

    /**
     * The check on a request's page: while it is open, the guardrails against the plan as it is now; once decided,
     * whether it broke a guardrail when it was decided (the override reason is in the history).
     */
    void showForRequest(RequestPreview preview, BudgetLabels labels, boolean open, boolean brokeGuardrail) {
        show(preview, labels, false, open, brokeGuardrail);
    }

    private void show(
            RequestPreview preview, BudgetLabels labels, boolean withOutcome, boolean live, boolean brokeGuardrail) {
        removeAll();
        add(new H3(getTranslation(
                withOutcome
                        ? "request.check.title"
                        : live ? "request.check.titleDecision" : "request.check.titleDecided")));
        add(cellChanges(preview, labels));
        if (!preview.tiers().isEmpty()) {
            add(tierChanges(preview, labels));
        }
        if (!live) {
            if (brokeGuardrail) {
                add(new StatusBadge(getTranslation("request.check.brokeWhenDecided"), StatusBadge.Tone.WARNING));
            }
        } else if (preview.violations().isEmpty()) {
            add(new StatusBadge(getTranslation("request.check.ok"), StatusBadge.Tone.SUCCESS));
        } else {
            add(new StatusBadge(getTranslation("request.check.broken"), StatusBadge.Tone.DANGER));
            UnorderedList list = new UnorderedList();
            list.addClassName("violations");
            for (Violation violation : preview.violations()) {
                ListItem item = new ListItem(labels.violation(violation)
                        + (violation.overridable()
                                ? " " + getTranslation("request.check.overridable")
                                : " " + getTranslation("request.check.never")));
                list.add(item);
            }
            add(list);
        }
        if (withOutcome && preview.refusalKey() != null) {
            Paragraph refusal = new Paragraph(getTranslation(preview.refusalKey()));
            refusal.addClassName("error-text");
            refusal.addClassName("outcome");
            add(refusal);
        } else if (withOutcome) {
            Paragraph outcome = new Paragraph(getTranslation(
                    preview.approvedByDelegation()
                            ? "request.check.delegated"
                            : preview.monthlyTotalReached() ? "request.check.monthSpent" : "request.check.toFounders"));
            outcome.addClassName("outcome");
            add(outcome);
        }
    }

    /** Each cell the request changes: where, before → after, and the change. */
    private Div cellChanges(RequestPreview preview, BudgetLabels labels) {
        Div changes = new Div();
        changes.addClassName("change-table");
        for (CellChange change : preview.changes()) {
            Div row = new Div();
            row.addClassName("change-row");
            Span where = new Span(labels.tier(change.tier()) + " · " + labels.channel(change.channelId()) + " · "
                    + labels.month(change.month()));
            where.addClassName("change-where");
            Span amounts = new Span(labels.money(change.before()) + " → " + labels.money(change.after()));
            amounts.addClassName("change-amounts");
            Span delta = new Span((change.delta().signum() > 0 ? "+" : "") + labels.money(change.delta()));
            delta.addClassName(change.delta().signum() >= 0 ? "delta-up" : "delta-down");
            row.add(where, amounts, delta);
            changes.add(row);
        }
        return changes;
    }

    /** Each tier whose total changes, with its share after, and the plan's total when it changes. */
    private Div tierChanges(RequestPreview preview, BudgetLabels labels) {
        Div tiers = new Div();
        tiers.addClassName("change-table");
        for (TierChange tier : preview.tiers()) {
            if (tier.before().compareTo(tier.after()) == 0) {
                continue;
            }
            Div row = new Div();
            row.addClassName("change-row");
            Span where = new Span(labels.tier(tier.tier()));
            where.addClassName("change-where");
            Span amounts = new Span(labels.money(tier.before()) + " → " + labels.money(tier.after()));
            amounts.addClassName("change-amounts");
            Span share = new Span(getTranslation("budget.tier.share", labels.percent(tier.shareAfter())));
            share.addClassName("hint");
            row.add(where, amounts, share);
            tiers.add(row);
        }
        if (preview.totalBefore().compareTo(preview.totalAfter()) != 0) {
            Div total = new Div();
            total.addClassName("change-row");
            Span where = new Span(getTranslation("budget.grid.total"));
            where.addClassName("change-where");
            Span amounts = new Span(labels.money(preview.totalBefore()) + " → " + labels.money(preview.totalAfter()));
            amounts.addClassName("change-amounts");
            total.add(where, amounts);
            tiers.add(total);
        }
        return tiers;
    }
}
