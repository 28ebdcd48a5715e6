package app.baton.shared.events;

/**
 * A domain event that belongs in the tenant's audit log. Modules publish such events; the audit module listens,
 * so nothing depends on it. Events carry their tenant explicitly because listeners may run elsewhere.
 *
 * <p>Each module's events are records of one sealed type per module (past tense: {@code InvitationRevoked}); that
 * type derives the {@link AuditFacts} of all of them in one switch, which the compiler checks is complete.
 */
public interface AuditableEvent {

    long tenantId();

    /** What the audit log records of this event. */
    AuditFacts audit();
}
