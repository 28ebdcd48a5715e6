package app.baton.notifications;

import app.baton.insights.InsightsEvents;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The goal sheet: a new draft tells the other generation it waits for their signature; an agreed version tells the
 * family it is in force from its month. A signature that does not complete the agreement tells nobody.
 */
@Component
class GoalNotifications {

    private final NotificationWriter writer;

    GoalNotifications(NotificationWriter writer) {
        this.writer = writer;
    }

    @EventListener
    public void on(InsightsEvents.GoalsChanged event) {
        if (event.toTell().isEmpty()) {
            return;
        }
        writer.notify(
                event.tenantId(),
                event.toTell(),
                event.actorUserId(),
                event.action(),
                List.of(writer.actorName(event.actorUserId()), Integer.toString(event.number())),
                "goals");
    }
}
