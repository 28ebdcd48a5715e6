package app.baton.notifications;

import app.baton.budgets.BudgetEvents;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The plan both generations sign: a signature tells the other generation the draft waits for theirs; the second
 * signature on the same version tells the family it is agreed.
 */
@Component
class PlanNotifications {

    private final NotificationWriter writer;

    PlanNotifications(NotificationWriter writer) {
        this.writer = writer;
    }

    @EventListener
    public void on(BudgetEvents.PlanSigned event) {
        writer.notify(
                event.tenantId(),
                event.toTell(),
                event.actorUserId(),
                event.agreed() ? "PLAN_AGREED" : "PLAN_SIGNED",
                List.of(writer.actorName(event.actorUserId()), Integer.toString(event.fiscalYear())),
                "budget?year=" + event.fiscalYear());
    }
}
