package app.baton.notifications;

import app.baton.selection.SelectionEvents;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Selection rounds: an agency asked to propose is told (in its people's own language, as every notification); a
 * proposal tells the family; the choice tells the chosen agency, and every other candidate, politely, that another
 * proposal was chosen. Scores tell nobody.
 */
@Component
class SelectionNotifications {

    private final NotificationWriter writer;

    SelectionNotifications(NotificationWriter writer) {
        this.writer = writer;
    }

    @EventListener
    public void on(SelectionEvents.RoundChanged event) {
        if (event.toTell().isEmpty()) {
            return;
        }
        writer.notify(
                event.tenantId(),
                event.toTell(),
                event.actorUserId(),
                event.action().code(),
                List.of(event.roundTitle(), event.agencyName()),
                "selection/" + event.roundId());
    }

    @EventListener
    public void on(SelectionEvents.RenewalDecided event) {
        List<String> arguments = List.of(event.engagementTitle(), event.end());
        writer.notify(
                event.tenantId(),
                event.family(),
                event.actorUserId(),
                "RENEWAL_" + event.choice().name(),
                arguments,
                "selection/renewal/" + event.engagementId());
        if (!event.agency().isEmpty()) {
            writer.notify(
                    event.tenantId(),
                    event.agency(),
                    event.actorUserId(),
                    "RENEWAL_ENDED",
                    arguments,
                    "engagements/" + event.engagementId());
        }
    }
}
