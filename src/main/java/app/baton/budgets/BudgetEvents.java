package app.baton.budgets;

import app.baton.shared.events.AuditSentence;
import app.baton.shared.events.AuditableEvent;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Events of the budgets module. Each is written to the company's audit log (summaries carry the amounts before and
 * after in plain figures); notifications listen to the request events.
 */
public final class BudgetEvents {

    private BudgetEvents() {}

    private static final String PLAN = "BUDGET_PLAN";
    private static final String REQUEST = "BUDGET_REQUEST";

    /** A plan was created, edited while DRAFT, activated, or had its spend recorded. */
    public record PlanChanged(
            long tenantId,
            Long actorUserId,
            String actorRole,
            String action,
            long planId,
            String summary,
            AuditSentence sentence)
            implements AuditableEvent {
        @Override
        public String objectType() {
            return PLAN;
        }

        @Override
        public String objectId() {
            return Long.toString(planId);
        }
    }

    /** A channel was added, renamed, archived or restored. */
    public record ChannelChanged(
            long tenantId,
            Long actorUserId,
            String actorRole,
            String action,
            long channelId,
            String summary,
            AuditSentence sentence)
            implements AuditableEvent {
        @Override
        public String objectType() {
            return "BUDGET_CHANNEL";
        }

        @Override
        public String objectId() {
            return Long.toString(channelId);
        }
    }

    /** The founders changed the guardrails, giving a reason. */
    public record GuardrailsChanged(
            long tenantId, Long actorUserId, String actorRole, String summary, String reason, AuditSentence sentence)
            implements AuditableEvent {
        @Override
        public String action() {
            return "GUARDRAILS_CHANGED";
        }

        @Override
        public String objectType() {
            return "GUARDRAILS";
        }

        @Override
        public @Nullable String objectId() {
            return null;
        }
    }

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
            implements AuditableEvent {
        @Override
        public String action() {
            return "BUDGET_REQUEST_SUBMITTED";
        }

        @Override
        public String objectType() {
            return REQUEST;
        }

        @Override
        public String objectId() {
            return Long.toString(requestId);
        }
    }

    /**
     * A decision on a request: {@code action} is BUDGET_REQUEST_APPROVED, BUDGET_REQUEST_APPROVED_BY_DELEGATION,
     * BUDGET_REQUEST_PARTIALLY_APPROVED, BUDGET_REQUEST_REJECTED or BUDGET_REQUEST_WITHDRAWN.
     */
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
            implements AuditableEvent {
        @Override
        public String action() {
            return decision.code();
        }

        @Override
        public String objectType() {
            return REQUEST;
        }

        @Override
        public String objectId() {
            return Long.toString(requestId);
        }
    }

    /** A founder approved despite broken guardrails, with the written reason. */
    public record GuardrailOverridden(
            long tenantId,
            Long actorUserId,
            String actorRole,
            long requestId,
            String summary,
            String reason,
            AuditSentence sentence)
            implements AuditableEvent {
        @Override
        public String action() {
            return "GUARDRAIL_OVERRIDDEN";
        }

        @Override
        public String objectType() {
            return REQUEST;
        }

        @Override
        public String objectId() {
            return Long.toString(requestId);
        }
    }

    /** An approved request's change was applied to the plan: every cell with its amount before and after. */
    public record ChangeApplied(
            long tenantId,
            Long actorUserId,
            String actorRole,
            long planId,
            long requestId,
            String summary,
            AuditSentence sentence)
            implements AuditableEvent {
        @Override
        public String action() {
            return "BUDGET_CHANGE_APPLIED";
        }

        @Override
        public String objectType() {
            return PLAN;
        }

        @Override
        public String objectId() {
            return Long.toString(planId);
        }
    }
}
