package app.baton.sales;

import app.baton.shared.events.AuditSentence;
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
        public AuditSentence sentence() {
            return AuditSentence.of("sales", AuditSentence.date(from), AuditSentence.date(to));
        }

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

    /** The company's sales settings changed: the ROAS factor, the column mapping or a coupon (SALES_SETTINGS_CHANGED). */
    public record SalesSettingsChanged(
            long tenantId, @Nullable Long actorUserId, String actorRole, String summary) implements AuditableEvent {

        @Override
        public String action() {
            return "SALES_SETTINGS_CHANGED";
        }

        @Override
        public String objectType() {
            return "SALES";
        }

        @Override
        public String objectId() {
            return "settings";
        }
    }

    /** The months whose reconciliation must be judged again (the ROAS factor changed); not audited itself. */
    public record SalesRejudged(java.util.SortedSet<java.time.YearMonth> months) {}
}
