package app.baton.sales;

import app.baton.shared.events.AuditableEvent;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Events of the sales module: each is in the audit log; the reconciliation listens to them. */
public final class SalesEvents {

    private SalesEvents() {}

    /** A founder or successor uploaded the company's sales for [{@code from}, {@code to}] (SALES_UPLOADED). */
    public record SalesUploaded(
            long tenantId,
            @Nullable Long actorUserId,
            String actorRole,
            long uploadId,
            LocalDate from,
            LocalDate to,
            String summary)
            implements AuditableEvent {

        @Override
        public String action() {
            return "SALES_UPLOADED";
        }

        @Override
        public String objectType() {
            return "SALES";
        }

        @Override
        public String objectId() {
            return Long.toString(uploadId);
        }
    }
}
