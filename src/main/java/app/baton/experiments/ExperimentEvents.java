package app.baton.experiments;

import app.baton.shared.events.AuditSentence;
import app.baton.shared.events.AuditableEvent;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Events of the experiments module: each is in the audit log; notifications listen to them. */
public final class ExperimentEvents {

    private ExperimentEvents() {}

    /**
     * Something happened to an experiment: {@code kind} says what ({@link ExperimentAction}, whose code the audit log
     * stores); {@code actorUserId} is null for the scheduler. {@code founderUserIds} are the founders other than the
     * proposer (for notifications).
     */
    public record ExperimentChanged(
            long tenantId,
            @Nullable Long actorUserId,
            @Nullable String actorRole,
            ExperimentAction kind,
            long experimentId,
            String title,
            long proposerUserId,
            Set<Long> founderUserIds,
            String summary,
            @Nullable String reason)
            implements AuditableEvent {
        @Override
        public String action() {
            return kind.code();
        }

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
