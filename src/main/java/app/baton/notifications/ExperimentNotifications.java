package app.baton.notifications;

import app.baton.experiments.ExperimentEvents;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Experiment notifications: submitted and results submitted go to the founders; decisions, the automatic start
 * and the reminders go to the proposer. Nobody is told about what they did themselves.
 */
@Component
class ExperimentNotifications {

    private static final Set<String> TO_FOUNDERS = Set.of("EXPERIMENT_SUBMITTED", "EXPERIMENT_RESULTS_SUBMITTED");
    private static final Set<String> TO_PROPOSER = Set.of(
            "EXPERIMENT_APPROVED",
            "EXPERIMENT_PARTIALLY_APPROVED",
            "EXPERIMENT_REJECTED",
            "EXPERIMENT_CHANGES_REQUESTED",
            "EXPERIMENT_STARTED",
            "EXPERIMENT_STARTS_TOMORROW",
            "EXPERIMENT_ENDED",
            "EXPERIMENT_CONCLUDED_SCALE_UP",
            "EXPERIMENT_CONCLUDED_EXTEND",
            "EXPERIMENT_CONCLUDED_STOP");

    private final NotificationWriter writer;

    ExperimentNotifications(NotificationWriter writer) {
        this.writer = writer;
    }

    @EventListener
    public void on(ExperimentEvents.ExperimentChanged event) {
        Set<Long> recipients;
        if (TO_FOUNDERS.contains(event.action())) {
            recipients = event.founderUserIds();
        } else if (TO_PROPOSER.contains(event.action())) {
            recipients = Set.of(event.proposerUserId());
        } else {
            return;
        }
        writer.notify(
                event.tenantId(),
                recipients,
                event.actorUserId(),
                event.action(),
                List.of(writer.actorName(event.actorUserId()), event.title(), Long.toString(event.experimentId())),
                "experiments/" + event.experimentId());
    }
}
