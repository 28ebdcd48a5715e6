package app.baton.insights;

import app.baton.shared.events.AuditableEvent;
import org.jspecify.annotations.Nullable;

/** Audited events of the insights module: KPI settings changed, meeting decisions recorded, a meeting closed. */
public final class InsightsEvents {

    private InsightsEvents() {}

    /** Something changed on the KPI settings or a review meeting. */
    public record Changed(
            long tenantId,
            @Nullable Long actorUserId,
            String actorRole,
            String action,
            String objectType,
            @Nullable String objectId,
            String summary,
            @Nullable String reason)
            implements AuditableEvent {}
}
