package app.baton.experiments;

import app.baton.budgets.GuardrailService;
import app.baton.experiments.internal.ExperimentEntity;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.shared.Money;
import app.baton.tenancy.MembershipService;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What the audit log and the notifications are told about an experiment, and the words of its summary line: one place
 * for both. Called by {@link ExperimentService} inside its transaction.
 */
@Component
class ExperimentAudit {

    private final GuardrailService guardrails;
    private final MembershipService memberships;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    ExperimentAudit(
            GuardrailService guardrails,
            MembershipService memberships,
            CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.guardrails = guardrails;
        this.memberships = memberships;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** Something happened to the experiment: audited, and the proposer and the other founders told. */
    void changed(ExperimentEntity experiment, ExperimentAction action, String summary, @Nullable String reason) {
        MembershipInfo membership = currentUser.requireMembership();
        Set<Long> founders = new LinkedHashSet<>(memberships.founderUserIds());
        founders.remove(experiment.proposerUserId());
        events.publishEvent(new ExperimentEvents.ExperimentChanged(
                membership.tenantId(),
                currentUser.require().userId(),
                membership.role().name(),
                action,
                experiment.id(),
                experiment.title(),
                experiment.proposerUserId(),
                Set.copyOf(founders),
                "#" + experiment.id() + " " + summary,
                reason));
    }

    /**
     * When a conclusion makes the proposer's record strong enough to suggest a higher delegated limit than the one
     * in force, the suggestion goes into the audit log (the founders decide in the guardrails, also audited).
     */
    void limitSuggestedIfEarned(ExperimentEntity experiment, TrackRecord record) {
        BigDecimal current = guardrails.current().values().delegatedLimit();
        if (record.suggestedLimit() != null && record.suggestedLimit().compareTo(current) > 0) {
            changed(
                    experiment,
                    ExperimentAction.DELEGATED_LIMIT_SUGGESTED,
                    record.name() + ": " + record.metTargets() + "/" + record.concluded() + " met; delegated limit "
                            + Money.plain(current) + " → suggested " + Money.plain(record.suggestedLimit()),
                    null);
        }
    }

    /** The experiment in one line: title, budget, dates and state. */
    String summary(ExperimentEntity e) {
        return e.title() + " · " + currentUser.requireMembership().currency() + " " + Money.plain(e.requestedBudget())
                + " · " + e.startDate() + "–" + e.endDate() + " · " + e.status();
    }
}
