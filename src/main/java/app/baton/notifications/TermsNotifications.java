package app.baton.notifications;

import app.baton.reports.ReportEvents;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the family and an agency agree on an engagement — its terms, and the cause of a missed target: a proposal
 * (or counter-proposal, or attribution) tells the other side, an acceptance tells the side still to accept, an
 * agreement tells both.
 */
@Component
class TermsNotifications {

    private final NotificationWriter writer;

    TermsNotifications(NotificationWriter writer) {
        this.writer = writer;
    }

    @EventListener
    public void on(ReportEvents.TermsChanged event) {
        if (event.toTell().isEmpty()) {
            return;
        }
        writer.notify(
                event.tenantId(),
                event.toTell(),
                event.actorUserId(),
                event.action().code(),
                List.of(event.engagementTitle(), Integer.toString(event.number())),
                "engagements/" + event.engagementId());
    }

    /** The renewal review is open: the family is told, with the way to the review. */
    @EventListener
    public void on(ReportEvents.RenewalDue event) {
        writer.notify(
                event.tenantId(),
                event.toTell(),
                null,
                "RENEWAL_DUE",
                List.of(event.engagementTitle(), event.end()),
                "selection/renewal/" + event.engagementId());
    }

    @EventListener
    public void on(ReportEvents.MissChanged event) {
        if (event.toTell().isEmpty()) {
            return;
        }
        writer.notify(
                event.tenantId(),
                event.toTell(),
                event.actorUserId(),
                event.action().code(),
                List.of(event.engagementTitle(), event.month()),
                "engagements/" + event.engagementId());
    }
}
