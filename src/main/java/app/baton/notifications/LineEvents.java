package app.baton.notifications;

import app.baton.shared.events.AuditFacts;
import app.baton.shared.events.AuditableEvent;
import org.jspecify.annotations.Nullable;

/** What the audit log keeps of LINE: the account connected or disconnected, a person linked or unlinked. */
public final class LineEvents {

    private LineEvents() {}

    /** What happened, each with its stored code. */
    public enum LineAction {
        CONNECTED,
        DISCONNECTED,
        LINKED,
        UNLINKED,
        /** LINE said the person cannot be reached (they blocked the account): Baton unlinked them. */
        UNREACHABLE;

        public String code() {
            return "LINE_" + name();
        }
    }

    /**
     * One LINE change in a company. The summary names the channel ID or Baton's person, never a LINE user ID or a
     * secret.
     */
    public record LineChanged(
            long tenantId,
            @Nullable Long actorUserId,
            @Nullable String actorRole,
            LineAction action,
            long objectId,
            String summary)
            implements AuditableEvent {

        @Override
        public AuditFacts audit() {
            return AuditFacts.of(actorUserId, actorRole, action.code(), "LINE", objectId, summary);
        }
    }
}
