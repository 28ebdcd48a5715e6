package app.baton.experiments;

import app.baton.shared.events.AuditFacts;
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
            implements ExperimentEvent {}

    /** Something that happened to an experiment; the audit log's entry is derived here. */
    public sealed interface ExperimentEvent extends AuditableEvent permits ExperimentChanged {

        @Override
        default AuditFacts audit() {
            return switch (this) {
                case ExperimentChanged e ->
                    AuditFacts.of(
                                    e.actorUserId(),
                                    e.actorRole(),
                                    e.kind().code(),
                                    "EXPERIMENT",
                                    e.experimentId(),
                                    e.summary())
                            .saying(AuditSentence.of("experiment", AuditSentence.text(e.title())))
                            .because(e.reason());
            };
        }
    }
}
