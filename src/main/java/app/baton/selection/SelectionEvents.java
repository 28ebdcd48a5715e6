package app.baton.selection;

import app.baton.shared.events.AuditFacts;
import app.baton.shared.events.AuditSentence;
import app.baton.shared.events.AuditableEvent;
import java.util.Set;

/**
 * Events of the selection module: each is in the audit log ({@link SelectionEvent#audit()}) and notifications tell
 * {@code toTell} about it.
 */
public final class SelectionEvents {

    private SelectionEvents() {}

    /** What happened in a selection round; the code is what the audit log stores and the notification's kind. */
    public enum RoundAction {
        /** A founder or successor opened a round. */
        OPENED,
        /** An agency was asked to propose (its people are told). */
        INVITED,
        /** A candidate sent (or sent again) its proposal (the family is told). */
        PROPOSED,
        /** A founder or successor scored a candidate. */
        SCORED,
        /** The founder chose a proposal: the agency is told it was chosen. */
        CHOSEN,
        /** The others are told, politely, that another proposal was chosen. */
        NOT_CHOSEN;

        public String code() {
            return "SELECTION_" + name();
        }
    }

    /** Something that happened in a selection round. */
    public sealed interface SelectionEvent extends AuditableEvent permits RoundChanged, RenewalDecided {

        @Override
        default AuditFacts audit() {
            return switch (this) {
                case RoundChanged e ->
                    AuditFacts.of(
                                    e.actorUserId(),
                                    e.actorRole(),
                                    e.action().code(),
                                    "SELECTION_ROUND",
                                    e.roundId(),
                                    e.summary())
                            .saying(AuditSentence.of("selection", AuditSentence.text(e.roundTitle())));
                case RenewalDecided e ->
                    AuditFacts.of(
                                    e.actorUserId(),
                                    e.actorRole(),
                                    "RENEWAL_" + e.choice().name(),
                                    "ENGAGEMENT",
                                    e.engagementId(),
                                    e.summary())
                            .saying(AuditSentence.of("engagement", AuditSentence.text(e.engagementTitle())))
                            .because(e.note());
            };
        }
    }

    /**
     * The renewal review decided: the family is told ({@code family}); the agency, when the engagement ends, is told
     * politely ({@code agency}; when renewed or re-tendered it hears of the terms or the round instead).
     */
    public record RenewalDecided(
            long tenantId,
            long actorUserId,
            String actorRole,
            app.baton.selection.RenewalChoice choice,
            long engagementId,
            String engagementTitle,
            String end,
            String summary,
            String note,
            Set<Long> family,
            Set<Long> agency)
            implements SelectionEvent {}

    /**
     * A round changed; {@code agencyName} is the candidate's (empty for the round itself) and {@code toTell} the
     * people to notify (none for a score, which stays between the family).
     */
    public record RoundChanged(
            long tenantId,
            long actorUserId,
            String actorRole,
            RoundAction action,
            long roundId,
            String roundTitle,
            String agencyName,
            String summary,
            Set<Long> toTell)
            implements SelectionEvent {}
}
