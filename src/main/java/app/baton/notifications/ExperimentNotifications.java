package app.baton.notifications;

import app.baton.experiments.ExperimentAction;
import app.baton.experiments.ExperimentEvents;
import java.util.EnumSet;
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

    private static final Set<ExperimentAction> TO_FOUNDERS = EnumSet.of(
            ExperimentAction.SUBMITTED,
            ExperimentAction.RESULTS_SUBMITTED,
            ExperimentAction.CHECKED_IN,
            ExperimentAction.ADJUSTED,
            ExperimentAction.APPROVED_BY_DELEGATION);
    private static final Set<ExperimentAction> TO_PROPOSER = EnumSet.of(
            ExperimentAction.APPROVED,
            ExperimentAction.PARTIALLY_APPROVED,
            ExperimentAction.REJECTED,
            ExperimentAction.CHANGES_REQUESTED,
            ExperimentAction.STARTED,
            ExperimentAction.STARTS_TOMORROW,
            ExperimentAction.ENDED,
            ExperimentAction.CHECK_IN_DUE,
            ExperimentAction.CHECK_IN_MISSED,
            ExperimentAction.CONCLUDED_SCALE_UP,
            ExperimentAction.CONCLUDED_EXTEND,
            ExperimentAction.CONCLUDED_ADJUST,
            ExperimentAction.CONCLUDED_STOP);

    private final NotificationWriter writer;

    ExperimentNotifications(NotificationWriter writer) {
        this.writer = writer;
    }

    @EventListener
    public void on(ExperimentEvents.ExperimentChanged event) {
        Set<Long> recipients;
        if (TO_FOUNDERS.contains(event.kind())) {
            recipients = event.founderUserIds();
        } else if (TO_PROPOSER.contains(event.kind())) {
            recipients = Set.of(event.proposerUserId());
        } else {
            return;
        }
        writer.notify(
                event.tenantId(),
                recipients,
                event.actorUserId(),
                event.kind().code(),
                List.of(writer.actorName(event.actorUserId()), event.title(), Long.toString(event.experimentId())),
                "experiments/" + event.experimentId());
    }
}
