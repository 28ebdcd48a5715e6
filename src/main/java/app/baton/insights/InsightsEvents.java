package app.baton.insights;

import app.baton.shared.events.AuditFacts;
import app.baton.shared.events.AuditableEvent;
import org.jspecify.annotations.Nullable;

/**
 * Audited events of the insights module, one record per thing that happened; what the audit log says is derived in
 * {@link InsightsEvent#audit()}.
 */
public final class InsightsEvents {

    private InsightsEvents() {}

    private static final String MEETING = "REVIEW_MEETING";

    /** The KPI settings changed, a meeting decision was recorded, or a meeting closed. */
    public sealed interface InsightsEvent extends AuditableEvent
            permits KpiSettingsChanged, MeetingDecisionRecorded, MeetingClosed, GoalsChanged {

        @Override
        default AuditFacts audit() {
            return switch (this) {
                case KpiSettingsChanged e ->
                    AuditFacts.of(
                            e.actorUserId(), e.actorRole(), "KPI_SETTINGS_CHANGED", "KPI_SETTINGS", null, e.summary());
                case MeetingDecisionRecorded e ->
                    AuditFacts.of(
                            e.actorUserId(),
                            e.actorRole(),
                            "MEETING_DECISION_RECORDED",
                            MEETING,
                            e.meetingId(),
                            e.summary());
                case GoalsChanged e ->
                    AuditFacts.of(e.actorUserId(), e.actorRole(), e.action(), "GOAL_SHEET", e.number(), e.summary());
                case MeetingClosed e ->
                    AuditFacts.of(e.actorUserId(), e.actorRole(), "MEETING_CLOSED", MEETING, e.meetingId(), e.summary())
                            .because(e.meetingSummary());
            };
        }
    }

    /** The company's KPI targets or LTV assumptions changed. */
    public record KpiSettingsChanged(long tenantId, long actorUserId, String actorRole, String summary)
            implements InsightsEvent {}

    /** A decision was written into a month's review meeting. */
    public record MeetingDecisionRecorded(
            long tenantId, long actorUserId, String actorRole, long meetingId, String summary)
            implements InsightsEvent {}

    /**
     * A goal sheet version was drafted ({@code GOALS_DRAFTED}), signed by one generation ({@code GOALS_SIGNED}) or by
     * the second, which makes it agreed ({@code GOALS_AGREED}). {@code toTell}: who hears of it — the other
     * generation for a draft, everyone in the family for the agreement.
     */
    public record GoalsChanged(
            long tenantId,
            long actorUserId,
            String actorRole,
            String action,
            int number,
            String summary,
            java.util.Set<Long> toTell)
            implements InsightsEvent {}

    /** A month's review meeting was closed, with its attendees and the summary written at the close. */
    public record MeetingClosed(
            long tenantId,
            long actorUserId,
            String actorRole,
            long meetingId,
            String summary,
            @Nullable String meetingSummary)
            implements InsightsEvent {}
}
