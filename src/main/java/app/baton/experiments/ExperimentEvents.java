package app.baton.experiments;

import app.baton.shared.events.AuditSentence;
import app.baton.shared.events.AuditableEvent;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Events of the experiments module: each is in the audit log; notifications listen to them. */
public final class ExperimentEvents {

    private ExperimentEvents() {}

    /**
     * Something happened to an experiment. {@code action} is EXPERIMENT_CREATED, _SUBMITTED, _APPROVED (or
     * _PARTIALLY_APPROVED), _REJECTED, _CHANGES_REQUESTED, _STARTED, _RESULTS_SUBMITTED, _CONCLUDED_SCALE_UP /
     * _EXTEND / _STOP, _OVERRIDDEN, or the reminders _STARTS_TOMORROW and _ENDED; {@code actorUserId} is null for
     * the scheduler. {@code founderUserIds} are the founders other than the proposer (for notifications).
     */
    public record ExperimentChanged(
            long tenantId,
            @Nullable Long actorUserId,
            @Nullable String actorRole,
            String action,
            long experimentId,
            String title,
            long proposerUserId,
            Set<Long> founderUserIds,
            String summary,
            @Nullable String reason)
            implements AuditableEvent {
        @Override
        public AuditSentence sentence() {
            return AuditSentence.of("experiment", AuditSentence.text(title));
        }

        @Override
        public String objectType() {
            return "EXPERIMENT";
        }

        @Override
        public String objectId() {
            return Long.toString(experimentId);
        }
    }
}
