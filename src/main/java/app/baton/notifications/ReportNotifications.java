package app.baton.notifications;

import app.baton.reports.ReportEvents;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Report notifications: every step of a monthly report's review tells the other side — an upload or an answer
 * tells the company's founders and successors, a decision, a question or a closed flag tells the agency's people; a
 * flag found later against the company's sales (REPORT_RECONCILED) tells the founders and successors.
 */
@Component
class ReportNotifications {

    private final NotificationWriter writer;

    ReportNotifications(NotificationWriter writer) {
        this.writer = writer;
    }

    @EventListener
    public void on(ReportEvents.ReportChanged event) {
        writer.notify(
                event.tenantId(),
                event.recipients(),
                event.actorUserId(),
                event.action().code(),
                List.of(writer.actorName(event.actorUserId()), event.engagementTitle(), event.month()),
                event.versionId() == 0 ? "engagements/" + event.engagementId() : "reports/" + event.versionId());
    }
}
