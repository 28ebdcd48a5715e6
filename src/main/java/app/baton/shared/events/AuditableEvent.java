package app.baton.shared.events;

import org.jspecify.annotations.Nullable;

/**
 * A domain event that belongs in the tenant's audit log. Modules publish such events; the audit module listens,
 * so nothing depends on it. Events carry their tenant explicitly because listeners may run elsewhere.
 */
public interface AuditableEvent {

    long tenantId();

    /** The user who acted, or {@code null} for the system. */
    @Nullable
    Long actorUserId();

    /** The actor's role in this tenant when they acted, e.g. FOUNDER, or {@code null}. */
    @Nullable
    String actorRole();

    /** A stable action code such as {@code MEMBERSHIP_ROLE_CHANGED}; translated as {@code audit.action.<code>}. */
    String action();

    String objectType();

    @Nullable
    String objectId();

    /** What changed, "before → after", in plain words that need no translation (ids, e-mails, roles, amounts). */
    String summary();

    /**
     * What happened as a sentence in the reader's language (names, tiers, channels, money formatted), or {@code null}
     * when the action's name says it all; the {@link #summary()} stays the technical detail.
     */
    default @Nullable AuditSentence sentence() {
        return null;
    }

    /** The reason the actor gave, if any. */
    default @Nullable String reason() {
        return null;
    }
}
