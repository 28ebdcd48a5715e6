package app.baton.sales;

import app.baton.shared.events.AuditFacts;
import app.baton.shared.events.AuditSentence;
import app.baton.shared.events.AuditableEvent;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;

/** Events of the sales module: each is in the audit log; the reconciliation listens to them. */
public final class SalesEvents {

    private SalesEvents() {}

    /** Something that happened to the company's sales data or settings. */
    public sealed interface SalesEvent extends AuditableEvent permits SalesUploaded, SalesSettingsChanged {

        @Override
        default AuditFacts audit() {
            return switch (this) {
                case SalesUploaded e ->
                    AuditFacts.of(e.actorUserId(), e.actorRole(), "SALES_UPLOADED", "SALES", e.uploadId(), e.summary())
                            .saying(AuditSentence.of(
                                    "sales", AuditSentence.date(e.from()), AuditSentence.date(e.to())));
                case SalesSettingsChanged e ->
                    AuditFacts.of(
                            e.actorUserId(), e.actorRole(), "SALES_SETTINGS_CHANGED", "SALES", "settings", e.summary());
            };
        }
    }

    /** A founder or successor uploaded the company's sales for [{@code from}, {@code to}]. */
    public record SalesUploaded(
            long tenantId,
            @Nullable Long actorUserId,
            String actorRole,
            long uploadId,
            LocalDate from,
            LocalDate to,
            String summary)
            implements SalesEvent {}

    /** The company's sales settings changed: the ROAS factor, the column mapping or a coupon. */
    public record SalesSettingsChanged(
            long tenantId, @Nullable Long actorUserId, String actorRole, String summary) implements SalesEvent {}

    /** The months whose reconciliation must be judged again (the ROAS factor changed); not audited itself. */
    public record SalesRejudged(SortedSet<YearMonth> months) {}
}
