package app.baton.reports;

import app.baton.shared.events.AuditSentence;
import app.baton.shared.events.AuditableEvent;
import java.time.YearMonth;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Events of the reports module: each is in the audit log; notifications listen to them. */
public final class ReportEvents {

    private ReportEvents() {}

    /** An engagement was created, changed or rated (ENGAGEMENT_CREATED, ENGAGEMENT_UPDATED, ENGAGEMENT_RATED). */
    public record EngagementChanged(
            long tenantId,
            @Nullable Long actorUserId,
            String actorRole,
            String action,
            long engagementId,
            String engagementTitle,
            String summary)
            implements AuditableEvent {

        @Override
        public AuditSentence sentence() {
            return AuditSentence.of("engagement", AuditSentence.text(engagementTitle));
        }

        @Override
        public String objectType() {
            return "ENGAGEMENT";
        }

        @Override
        public String objectId() {
            return Long.toString(engagementId);
        }
    }

    /**
     * Something happened to a monthly report: REPORT_SUBMITTED, REPORT_ACCEPTED, REPORT_CLARIFICATION_REQUESTED,
     * REPORT_REJECTED, REPORT_QUESTION, REPORT_ANSWER, REPORT_FLAG_RESOLVED, REPORT_FLAG_DISMISSED. {@code
     * recipients} are the people on the other side (the agency's people, or the company's founders and
     * successors), told in-app.
     */
    public record ReportChanged(
            long tenantId,
            @Nullable Long actorUserId,
            @Nullable String actorRole,
            String action,
            long engagementId,
            long versionId,
            String month,
            String engagementTitle,
            Set<Long> recipients,
            String summary,
            @Nullable String reason)
            implements AuditableEvent {
        @Override
        public AuditSentence sentence() {
            String when;
            try {
                when = AuditSentence.month(YearMonth.parse(month));
            } catch (java.time.format.DateTimeParseException notAMonth) {
                when = AuditSentence.text(month); // never fail the change being recorded over its wording
            }
            return AuditSentence.of("report", AuditSentence.text(engagementTitle), when);
        }

        @Override
        public String objectType() {
            return "REPORT";
        }

        @Override
        public String objectId() {
            // a reminder concerns a month with no version yet
            return versionId == 0 ? engagementId + "/" + month : Long.toString(versionId);
        }
    }

    /**
     * An agency person saved a new version of the agency's column layout; recorded in the company they were signed in
     * to. Stored report versions keep the layout version they were read with.
     */
    public record AgencyLayoutSaved(
            long tenantId, Long actorUserId, String actorRole, long agencyId, int layoutVersion, int columns)
            implements AuditableEvent {

        @Override
        public String action() {
            return "AGENCY_LAYOUT_SAVED";
        }

        @Override
        public String objectType() {
            return "AGENCY";
        }

        @Override
        public String objectId() {
            return Long.toString(agencyId);
        }

        @Override
        public String summary() {
            return "layout v" + layoutVersion + " (" + columns + " columns)";
        }

        @Override
        public AuditSentence sentence() {
            return AuditSentence.of("agencyLayout", AuditSentence.number(layoutVersion), AuditSentence.number(columns));
        }
    }
}
