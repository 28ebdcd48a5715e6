package app.baton.reports;

import app.baton.shared.events.AuditFacts;
import app.baton.shared.events.AuditSentence;
import app.baton.shared.events.AuditableEvent;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Events of the reports module: each is in the audit log, with what the log says derived in {@link
 * ReportEvent#audit()}; notifications listen to them.
 */
public final class ReportEvents {

    private ReportEvents() {}

    /** What happened to an engagement; the code is what the audit log stores and translates. */
    public enum EngagementAction {
        CREATED,
        UPDATED,
        /** A founder or successor rated the agency for a quarter on the five criteria. */
        RATED;

        public String code() {
            return "ENGAGEMENT_" + name();
        }
    }

    /**
     * What happened to a monthly report; the code ({@code REPORT_<name>}) is what the audit log stores and translates
     * and the notification's kind.
     */
    public enum ReportAction {
        SUBMITTED,
        ACCEPTED,
        CLARIFICATION_REQUESTED,
        REJECTED,
        QUESTION,
        ANSWER,
        FLAG_RESOLVED,
        FLAG_DISMISSED,
        /** The scheduler's reminder a few days before the due day. */
        DUE_SOON,
        /** The scheduler's mark the day after the due day with no upload. */
        LATE,
        /** A flag found later, when the company's sales for the month arrived. */
        RECONCILED,
        /** A report has a new red flag of CRITICAL severity (on upload, or found later against the sales). */
        CRITICAL_FLAG;

        public String code() {
            return "REPORT_" + name();
        }

        public static ReportAction of(ReviewStatus decision) {
            return switch (decision) {
                case ACCEPTED -> ACCEPTED;
                case CLARIFICATION_REQUESTED -> CLARIFICATION_REQUESTED;
                case REJECTED -> REJECTED;
                case SUBMITTED -> throw new IllegalArgumentException("not a decision: " + decision);
            };
        }

        public static ReportAction of(FlagState outcome) {
            return switch (outcome) {
                case RESOLVED -> FLAG_RESOLVED;
                case DISMISSED -> FLAG_DISMISSED;
                case OPEN, QUESTIONED -> throw new IllegalArgumentException("not an outcome: " + outcome);
            };
        }
    }

    /** Something that happened to an engagement, a monthly report or an agency's layout. */
    public sealed interface ReportEvent extends AuditableEvent
            permits EngagementChanged, ReportChanged, AgencyLayoutSaved, TermsChanged, MissChanged, RenewalDue {

        @Override
        default AuditFacts audit() {
            return switch (this) {
                case EngagementChanged e ->
                    AuditFacts.of(
                                    e.actorUserId(),
                                    e.actorRole(),
                                    e.action().code(),
                                    "ENGAGEMENT",
                                    e.engagementId(),
                                    e.summary())
                            .saying(AuditSentence.of("engagement", AuditSentence.text(e.engagementTitle())));
                case ReportChanged e ->
                    AuditFacts.of(
                                    e.actorUserId(),
                                    e.actorRole(),
                                    e.action().code(),
                                    "REPORT",
                                    // a reminder concerns a month with no version yet
                                    e.versionId() == 0 ? e.engagementId() + "/" + e.month() : e.versionId(),
                                    e.summary())
                            .saying(AuditSentence.of(
                                    "report", AuditSentence.text(e.engagementTitle()), month(e.month())))
                            .because(e.reason());
                case TermsChanged e ->
                    AuditFacts.of(
                                    e.actorUserId(),
                                    e.actorRole(),
                                    e.action().code(),
                                    "ENGAGEMENT",
                                    e.engagementId(),
                                    e.summary())
                            .saying(AuditSentence.of(
                                    "terms", AuditSentence.text(e.engagementTitle()), AuditSentence.number(e.number())))
                            .because(e.reason());
                case MissChanged e ->
                    AuditFacts.of(
                                    e.actorUserId(),
                                    e.actorRole(),
                                    e.action().code(),
                                    "ENGAGEMENT",
                                    e.engagementId(),
                                    e.summary())
                            .saying(AuditSentence.of(
                                    "report", AuditSentence.text(e.engagementTitle()), month(e.month())));
                case RenewalDue e ->
                    AuditFacts.of(null, null, "RENEWAL_DUE", "ENGAGEMENT", e.engagementId(), "term ends " + e.end())
                            .saying(AuditSentence.of("engagement", AuditSentence.text(e.engagementTitle())));
                case AgencyLayoutSaved e ->
                    AuditFacts.of(
                                    e.actorUserId(),
                                    e.actorRole(),
                                    "AGENCY_LAYOUT_SAVED",
                                    "AGENCY",
                                    e.agencyId(),
                                    "layout v" + e.layoutVersion() + " (" + e.columns() + " columns)")
                            .saying(AuditSentence.of(
                                    "agencyLayout",
                                    AuditSentence.number(e.layoutVersion()),
                                    AuditSentence.number(e.columns())));
            };
        }

        private static String month(String month) {
            try {
                return AuditSentence.month(YearMonth.parse(month));
            } catch (DateTimeParseException notAMonth) {
                return AuditSentence.text(month); // never fail the change being recorded over its wording
            }
        }
    }

    /** What happened to a version of an engagement's terms; the code is the audit log's and the notification's. */
    public enum TermsAction {
        /** One side proposed a version (a counter-proposal when the other side's was waiting). */
        PROPOSED,
        /** One side accepted a version the other has not accepted yet. */
        ACCEPTED,
        /** The second side accepted: the version is agreed and holds from its month. */
        AGREED;

        public String code() {
            return "TERMS_" + name();
        }
    }

    /**
     * A version of an engagement's terms was proposed, accepted or agreed; {@code reason} is the proposer's why
     * (empty for an acceptance) and {@code toTell} the people on the other side.
     */
    public record TermsChanged(
            long tenantId,
            long actorUserId,
            String actorRole,
            TermsAction action,
            long engagementId,
            String engagementTitle,
            int number,
            String summary,
            @Nullable String reason,
            java.util.Set<Long> toTell)
            implements ReportEvent {}

    /** What happened to a missed target's attribution; the code is the audit log's and the notification's. */
    public enum MissAction {
        /** One side named the cause (again). */
        ATTRIBUTED,
        /** The other side accepted; one side still to accept (a founder, after a successor's attribution). */
        ACCEPTED,
        /** Both sides have accepted the same cause. */
        AGREED;

        public String code() {
            return "MISS_" + name();
        }
    }

    /** A missed target of {@code month} was attributed, or its attribution accepted. */
    public record MissChanged(
            long tenantId,
            long actorUserId,
            String actorRole,
            MissAction action,
            long engagementId,
            String engagementTitle,
            String month,
            String summary,
            java.util.Set<Long> toTell)
            implements ReportEvent {}

    /** The scheduler's notice that an engagement's term ends within the renewal window; the family is told. */
    public record RenewalDue(long tenantId, long engagementId, String engagementTitle, String end, Set<Long> toTell)
            implements ReportEvent {}

    /** An engagement was created, changed or rated. */
    public record EngagementChanged(
            long tenantId,
            @Nullable Long actorUserId,
            String actorRole,
            EngagementAction action,
            long engagementId,
            String engagementTitle,
            String summary)
            implements ReportEvent {}

    /**
     * Something happened to a monthly report ({@code action}). {@code recipients} are the people on the other side
     * (the agency's people, or the company's founders and successors), told in-app.
     */
    public record ReportChanged(
            long tenantId,
            @Nullable Long actorUserId,
            @Nullable String actorRole,
            ReportAction action,
            long engagementId,
            long versionId,
            String month,
            String engagementTitle,
            Set<Long> recipients,
            String summary,
            @Nullable String reason)
            implements ReportEvent {}

    /**
     * An agency person saved a new version of the agency's column layout; recorded in the company they were signed in
     * to. Stored report versions keep the layout version they were read with.
     */
    public record AgencyLayoutSaved(
            long tenantId, Long actorUserId, String actorRole, long agencyId, int layoutVersion, int columns)
            implements ReportEvent {}
}
