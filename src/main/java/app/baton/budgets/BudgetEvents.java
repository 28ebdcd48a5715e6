package app.baton.budgets;

import app.baton.shared.events.AuditFacts;
import app.baton.shared.events.AuditSentence;
import app.baton.shared.events.AuditableEvent;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Events of the budgets module, one record per thing that happened. Each is written to the company's audit log
 * (summaries carry the amounts before and after in plain figures), with what the log says derived in {@link
 * BudgetEvent#audit()}; notifications listen to the request events.
 */
public final class BudgetEvents {

    private BudgetEvents() {}

    private static final String PLAN = "BUDGET_PLAN";
    private static final String REQUEST = "BUDGET_REQUEST";

    /** What happened to a plan; the code is what the audit log stores and translates. */
    public enum PlanAction {
        CREATED("BUDGET_PLAN_CREATED"),
        /** Edited while DRAFT: cells, tiers or the total. */
        EDITED("BUDGET_PLAN_EDITED"),
        ACTIVATED("BUDGET_PLAN_ACTIVATED"),
        SPEND_RECORDED("BUDGET_SPEND_RECORDED"),
        /** Part of the experiment tier held for an approved experiment. */
        RESERVED("BUDGET_RESERVED"),
        RELEASED("BUDGET_RELEASED"),
        /** One generation signed a version of the draft (decision 020). */
        SIGNED("BUDGET_PLAN_SIGNED"),
        /** The second signature on the same version: both generations agreed the draft. */
        AGREED("BUDGET_PLAN_AGREED");

        private final String code;

        PlanAction(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** What happened to a channel. */
    public enum ChannelAction {
        ADDED,
        RENAMED,
        ARCHIVED,
        RESTORED,
        KIND_SET;

        public String code() {
            return "CHANNEL_" + name();
        }
    }

    /** Something that happened to the company's plans, channels, guardrails or budget requests. */
    public sealed interface BudgetEvent extends AuditableEvent
            permits PlanChanged,
                    ChannelChanged,
                    GuardrailsChanged,
                    RequestSubmitted,
                    RequestDecided,
                    GuardrailOverridden,
                    ChangeApplied,
                    AuthorityChanged,
                    TrustRuleChanged {

        @Override
        default AuditFacts audit() {
            return switch (this) {
                case PlanChanged e ->
                    AuditFacts.of(e.actorUserId(), e.actorRole(), e.action().code(), PLAN, e.planId(), e.summary())
                            .saying(e.sentence());
                case ChannelChanged e ->
                    AuditFacts.of(
                                    e.actorUserId(),
                                    e.actorRole(),
                                    e.action().code(),
                                    "BUDGET_CHANNEL",
                                    e.channelId(),
                                    e.summary())
                            .saying(e.sentence());
                case GuardrailsChanged e ->
                    AuditFacts.of(e.actorUserId(), e.actorRole(), "GUARDRAILS_CHANGED", "GUARDRAILS", null, e.summary())
                            .saying(e.sentence())
                            .because(e.reason());
                case RequestSubmitted e ->
                    AuditFacts.of(
                                    e.actorUserId(),
                                    e.actorRole(),
                                    "BUDGET_REQUEST_SUBMITTED",
                                    REQUEST,
                                    e.requestId(),
                                    e.summary())
                            .saying(e.sentence())
                            .because(e.reason());
                case RequestDecided e ->
                    AuditFacts.of(
                                    e.actorUserId(),
                                    e.actorRole(),
                                    e.decision().code(),
                                    REQUEST,
                                    e.requestId(),
                                    e.summary())
                            .saying(e.sentence())
                            .because(e.reason());
                case GuardrailOverridden e ->
                    AuditFacts.of(
                                    e.actorUserId(),
                                    e.actorRole(),
                                    "GUARDRAIL_OVERRIDDEN",
                                    REQUEST,
                                    e.requestId(),
                                    e.summary())
                            .saying(e.sentence())
                            .because(e.reason());
                case AuthorityChanged e ->
                    AuditFacts.of(
                                    e.actorUserId(),
                                    e.actorRole(),
                                    e.undone() ? "AUTHORITY_UNDONE" : e.kind().code(),
                                    "SUCCESSOR",
                                    e.successorUserId(),
                                    e.summary())
                            .saying(e.sentence())
                            .because(e.basis());
                case TrustRuleChanged e ->
                    AuditFacts.of(e.actorUserId(), e.actorRole(), "TRUST_RULE_CHANGED", "TRUST_RULE", null, e.summary())
                            .saying(e.sentence())
                            .because(e.reason());
                case ChangeApplied e ->
                    AuditFacts.of(
                                    e.actorUserId(),
                                    e.actorRole(),
                                    "BUDGET_CHANGE_APPLIED",
                                    PLAN,
                                    e.planId(),
                                    e.summary())
                            .saying(e.sentence());
            };
        }
    }

    /** A plan was created, edited while DRAFT, activated, had its spend recorded, or part of it reserved or released. */
    public record PlanChanged(
            long tenantId,
            Long actorUserId,
            String actorRole,
            PlanAction action,
            long planId,
            String summary,
            AuditSentence sentence)
            implements BudgetEvent {}

    /**
     * A generation signed a version of a draft plan (audited as {@link PlanChanged}): {@code toTell} are the other
     * generation's people while it waits for them, the whole family once it is agreed.
     */
    public record PlanSigned(
            long tenantId, long actorUserId, long planId, int fiscalYear, boolean agreed, java.util.Set<Long> toTell) {}

    /** A channel was added, renamed, archived or restored. */
    public record ChannelChanged(
            long tenantId,
            Long actorUserId,
            String actorRole,
            ChannelAction action,
            long channelId,
            String summary,
            AuditSentence sentence)
            implements BudgetEvent {}

    /** The founders changed the guardrails, giving a reason. */
    public record GuardrailsChanged(
            long tenantId, Long actorUserId, String actorRole, String summary, String reason, AuditSentence sentence)
            implements BudgetEvent {}

    /**
     * A request was submitted. {@code founderUserIds} are the founders other than the requester: they decide, or,
     * when it was {@code delegated} (approved within the successor's limit), they are told it happened.
     */
    public record RequestSubmitted(
            long tenantId,
            Long actorUserId,
            String actorRole,
            long requestId,
            Set<Long> founderUserIds,
            boolean delegated,
            String summary,
            String reason,
            AuditSentence sentence)
            implements BudgetEvent {}

    /** A decision on a request: approved (by a founder or by delegation), partially approved, rejected or withdrawn. */
    public record RequestDecided(
            long tenantId,
            Long actorUserId,
            String actorRole,
            RequestDecision decision,
            long requestId,
            long requesterUserId,
            RequestStatus status,
            String summary,
            @Nullable String reason,
            AuditSentence sentence)
            implements BudgetEvent {}

    /** A founder approved despite broken guardrails, with the written reason. */
    public record GuardrailOverridden(
            long tenantId,
            Long actorUserId,
            String actorRole,
            long requestId,
            String summary,
            String reason,
            AuditSentence sentence)
            implements BudgetEvent {}

    /**
     * A successor's delegated authority changed: set by a founder, raised by the founder's rule ({@code actorUserId}
     * null: Baton applied it), or a raise {@code undone}. {@code basis} is the reason or the record behind it; the
     * successor and the founders ({@code founderUserIds}) are told.
     */
    public record AuthorityChanged(
            long tenantId,
            @Nullable Long actorUserId,
            @Nullable String actorRole,
            long successorUserId,
            AuthorityStepKind kind,
            boolean undone,
            Set<Long> founderUserIds,
            String summary,
            String basis,
            AuditSentence sentence)
            implements BudgetEvent {}

    /** A founder set or changed the rule that grows delegated authority, with a reason. */
    public record TrustRuleChanged(
            long tenantId, Long actorUserId, String actorRole, String summary, String reason, AuditSentence sentence)
            implements BudgetEvent {}

    /** An approved request's change was applied to the plan: every cell with its amount before and after. */
    public record ChangeApplied(
            long tenantId,
            Long actorUserId,
            String actorRole,
            long planId,
            long requestId,
            String summary,
            AuditSentence sentence)
            implements BudgetEvent {}
}
