package app.baton.budgets.ui;

import app.baton.budgets.PlanStatus;
import app.baton.budgets.PlanView;
import app.baton.budgets.Tier;
import app.baton.budgets.TierView;
import app.baton.shared.Formats;
import app.baton.shared.Money;
import app.baton.shared.ui.StatusBadge;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.ZoneId;

/**
 * The top of the plan page: its state, revenue and budget with the share of revenue and the guidance, what is
 * allocated (DRAFT) or changed since activation (ACTIVE), and a card per tier with its share, spend and guardrail.
 */
class PlanOverview extends Div {

    PlanOverview(
            PlanView plan,
            BudgetLabels labels,
            ZoneId zone,
            java.util.Map<Tier, app.baton.budgets.ActualSpend.Figures> actuals) {
        boolean draft = plan.status() == PlanStatus.DRAFT;
        StatusBadge status = new StatusBadge(
                getTranslation("budget.plan.status." + plan.status().name()),
                draft ? StatusBadge.Tone.NEUTRAL : StatusBadge.Tone.SUCCESS);
        Span since = new Span(
                plan.activatedAt() == null
                        ? getTranslation("budget.plan.draftHint")
                        : getTranslation(
                                "budget.plan.activeSince", Formats.date(plan.activatedAt(), zone, getLocale())));
        since.addClassName("hint");
        HorizontalLayout statusRow = new HorizontalLayout(status, since);
        statusRow.setAlignItems(Alignment.CENTER);
        statusRow.setWrap(true);

        Div stats = new Div();
        stats.addClassName("stat-grid");
        stats.add(app.baton.shared.ui.Stat.of(
                getTranslation("budget.plan.revenueForecast"), labels.money(plan.revenueForecast()), null));
        stats.add(app.baton.shared.ui.Stat.of(
                getTranslation("budget.plan.totalBudget"),
                labels.money(plan.totalBudget()),
                getTranslation(
                                "budget.plan.shareOfRevenue",
                                labels.percent(Money.percent(plan.totalBudget(), plan.revenueForecast())))
                        + " · " + getTranslation("budget.plan.guidanceShort")));
        if (draft) {
            var unallocated = plan.totalBudget().subtract(plan.allocated());
            stats.add(app.baton.shared.ui.Stat.of(
                    getTranslation("budget.plan.allocated"),
                    labels.money(plan.allocated()),
                    unallocated.signum() == 0
                            ? getTranslation("budget.plan.fullyAllocated")
                            : getTranslation("budget.plan.unallocated", labels.money(unallocated))));
        } else if (plan.baselineTotal() != null) {
            stats.add(app.baton.shared.ui.Stat.of(
                    getTranslation("budget.plan.original"),
                    labels.money(plan.baselineTotal()),
                    getTranslation(
                            "budget.plan.changeSince",
                            labels.money(plan.totalBudget().subtract(plan.baselineTotal())))));
        }

        Div tiers = new Div();
        tiers.addClassName("card-grid");
        for (TierView tier : plan.tiers()) {
            tiers.add(tierCard(tier, plan, labels, actuals.get(tier.tier())));
        }

        add(statusRow, stats, tiers);
    }

    private Component tierCard(
            TierView tier,
            PlanView plan,
            BudgetLabels labels,
            app.baton.budgets.ActualSpend.@org.jspecify.annotations.Nullable Figures actual) {
        Div card = new Div();
        card.addClassName("home-card");
        card.addClassName("tier-card");
        H3 title = new H3(labels.tier(tier.tier()));
        Span amount = new Span(labels.money(tier.total()));
        amount.addClassName("big-amount");
        Paragraph share = new Paragraph(getTranslation("budget.tier.share", labels.percent(tier.share())));
        card.add(title, amount, share);
        if (actual != null) {
            // the same figures, with the same names, as the dashboard's budget vs actual
            Span spent = new Span(getTranslation(
                    "budget.tier.actual",
                    labels.money(actual.actual()),
                    labels.percent(app.baton.shared.Money.percent(actual.actual(), tier.total()))));
            spent.addClassName("tier-actual");
            Span remaining = new Span(getTranslation(
                    "budget.tier.remaining", labels.money(actual.remaining()), labels.money(actual.committed())));
            remaining.addClassNames("hint", "tier-remaining");
            if (actual.remaining().signum() < 0) {
                remaining.addClassName("error-text");
            }
            card.add(spent, remaining);
        } else if (tier.spentTotal().signum() > 0) {
            Span spent = new Span(getTranslation(
                    "budget.tier.spent",
                    labels.money(tier.spentTotal()),
                    labels.percent(app.baton.shared.Money.percent(tier.spentTotal(), tier.total()))));
            spent.addClassName("hint");
            card.add(spent);
        }
        if (plan.status() == PlanStatus.ACTIVE && tier.originalTotal().compareTo(tier.total()) != 0) {
            Span original = new Span(getTranslation("budget.grid.original", labels.money(tier.originalTotal())));
            original.addClassName("hint");
            card.add(original);
        }
        if (tier.tier() != Tier.FOUNDATION) {
            String rule = tier.tier() == Tier.EXPERIMENT
                    ? getTranslation(
                            "budget.tier.cap", labels.percent(plan.guardrails().experimentCapPct()))
                    : getTranslation(
                            "budget.tier.minimum",
                            labels.percent(plan.guardrails().minReservePct()));
            Span ruleText = new Span(rule);
            ruleText.addClassName("hint");
            HorizontalLayout guard = new HorizontalLayout(labels.guardrail(tier.status()), ruleText);
            guard.setAlignItems(Alignment.CENTER);
            guard.setWrap(true);
            card.add(guard);
        }
        card.add(new Paragraph(getTranslation("tier." + tier.tier().name() + ".description")));
        return card;
    }
}
