package app.baton.security;

import app.baton.shared.events.AuditSentence;
import app.baton.shared.events.AuditableEvent;
import org.jspecify.annotations.Nullable;

/** Events the security module publishes; the audit log records them. */
public final class SecurityEvents {

    private SecurityEvents() {}

    /** A user entered a company: at sign-in with one membership, or by choosing or switching company. */
    public record SignedIn(long tenantId, long userId, String email, MembershipRole role) implements AuditableEvent {
        @Override
        public Long actorUserId() {
            return userId;
        }

        @Override
        public String actorRole() {
            return role.name();
        }

        @Override
        public String action() {
            return "SIGNED_IN";
        }

        @Override
        public String objectType() {
            return "USER";
        }

        @Override
        public String objectId() {
            return Long.toString(userId);
        }

        @Override
        public String summary() {
            return email;
        }
    }

    /**
     * A sign-in failed. It has no tenant of its own: the audit log records it in every company where the
     * account is a member. {@code accountLocked} is true when this failure locked the account.
     */
    public record SignInFailed(
            String email, @Nullable Long userId, @Nullable String remoteAddress, boolean accountLocked) {}

    public record ApiTokenCreated(long tenantId, long userId, long tokenId, String tokenName)
            implements AuditableEvent {
        @Override
        public Long actorUserId() {
            return userId;
        }

        @Override
        public String actorRole() {
            return MembershipRole.VENDOR.name();
        }

        @Override
        public String action() {
            return "API_TOKEN_CREATED";
        }

        @Override
        public String objectType() {
            return "API_TOKEN";
        }

        @Override
        public String objectId() {
            return Long.toString(tokenId);
        }

        @Override
        public String summary() {
            return "→ " + tokenName;
        }

        @Override
        public AuditSentence sentence() {
            return AuditSentence.of("token", AuditSentence.text(tokenName));
        }
    }

    public record ApiTokenRevoked(long tenantId, long userId, long tokenId, String tokenName)
            implements AuditableEvent {
        @Override
        public Long actorUserId() {
            return userId;
        }

        @Override
        public String actorRole() {
            return MembershipRole.VENDOR.name();
        }

        @Override
        public String action() {
            return "API_TOKEN_REVOKED";
        }

        @Override
        public String objectType() {
            return "API_TOKEN";
        }

        @Override
        public String objectId() {
            return Long.toString(tokenId);
        }

        @Override
        public String summary() {
            return tokenName + " → ∅";
        }

        @Override
        public AuditSentence sentence() {
            return AuditSentence.of("token", AuditSentence.text(tokenName));
        }
    }

    /**
     * A forgotten-password step (PASSWORD_RESET_REQUESTED, PASSWORD_RESET), recorded in each company the account is a
     * member of.
     */
    public record PasswordResetStep(long tenantId, long userId, String email, MembershipRole role, String action)
            implements AuditableEvent {
        @Override
        public Long actorUserId() {
            return userId;
        }

        @Override
        public String actorRole() {
            return role.name();
        }

        @Override
        public String objectType() {
            return "USER";
        }

        @Override
        public String objectId() {
            return Long.toString(userId);
        }

        @Override
        public String summary() {
            return email;
        }
    }
}
