package app.baton.shared.events;

import org.jspecify.annotations.Nullable;

/**
 * What the audit log records of an event: who acted and in which role, the action's stable code (translated as
 * {@code audit.action.<code>}), the object, the technical summary ("before → after" in plain figures), the sentence a
 * reader sees, and the actor's reason. Each module derives these from its own events in one place (a switch over the
 * module's sealed event type), so an event record carries only what happened.
 *
 * @param actorUserId the user who acted, or {@code null} for the system
 * @param actorRole the actor's role in the company when they acted (e.g. FOUNDER), or {@code null}
 * @param sentence what happened in the reader's language, or {@code null} when the action's name says it all
 */
public record AuditFacts(
        @Nullable Long actorUserId,
        @Nullable String actorRole,
        String action,
        String objectType,
        @Nullable String objectId,
        String summary,
        @Nullable AuditSentence sentence,
        @Nullable String reason) {

    /** Facts without a sentence or reason; {@code objectId} is written as text ({@code null} stays null). */
    public static AuditFacts of(
            @Nullable Long actorUserId,
            @Nullable String actorRole,
            String action,
            String objectType,
            @Nullable Object objectId,
            String summary) {
        return new AuditFacts(
                actorUserId,
                actorRole,
                action,
                objectType,
                objectId == null ? null : objectId.toString(),
                summary,
                null,
                null);
    }

    public AuditFacts saying(@Nullable AuditSentence what) {
        return new AuditFacts(actorUserId, actorRole, action, objectType, objectId, summary, what, reason);
    }

    public AuditFacts because(@Nullable String why) {
        return new AuditFacts(actorUserId, actorRole, action, objectType, objectId, summary, sentence, why);
    }
}
