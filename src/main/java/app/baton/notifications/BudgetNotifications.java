package app.baton.notifications;

import app.baton.budgets.BudgetEvents;
import app.baton.budgets.RequestStatus;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells founders that a request waits for them (or was approved within the delegated limit), and the requester how
 * it was decided.
 */
@Component
class BudgetNotifications {

    private final NotificationWriter writer;

    BudgetNotifications(NotificationWriter writer) {
        this.writer = writer;
    }

    @EventListener
    public void on(BudgetEvents.RequestSubmitted event) {
        writer.notify(
                event.tenantId(),
                event.founderUserIds(),
                event.actorUserId(),
                event.delegated() ? "BUDGET_REQUEST_DELEGATED" : "BUDGET_REQUEST_WAITING",
                List.of(writer.actorName(event.actorUserId()), Long.toString(event.requestId())),
                link(event.requestId()));
    }

    @EventListener
    public void on(BudgetEvents.RequestDecided event) {
        if (event.status() == RequestStatus.WITHDRAWN) {
            return;
        }
        // a delegated approval is "decided" by the requester: they are still told, so no actor is left out here
        writer.notify(
                event.tenantId(),
                List.of(event.requesterUserId()),
                null,
                event.decision().outcomeKind(),
                List.of(writer.actorName(event.actorUserId()), Long.toString(event.requestId())),
                link(event.requestId()));
    }

    /** The successor and the founders hear of every change of the successor's delegated authority. */
    @EventListener
    public void on(BudgetEvents.AuthorityChanged event) {
        List<Long> recipients = new java.util.ArrayList<>(event.founderUserIds());
        recipients.add(event.successorUserId());
        writer.notify(
                event.tenantId(),
                recipients,
                event.actorUserId(),
                event.undone() ? "AUTHORITY_UNDONE" : event.kind().code(),
                List.of(writer.actorName(event.actorUserId()), writer.actorName(event.successorUserId())),
                "authority?successor=" + event.successorUserId());
    }

    private static String link(long requestId) {
        return "budget/requests/" + requestId;
    }
}
