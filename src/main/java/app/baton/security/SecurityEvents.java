package app.baton.security;

import app.baton.shared.events.AuditFacts;
import app.baton.shared.events.AuditSentence;
import app.baton.shared.events.AuditableEvent;
import org.jspecify.annotations.Nullable;

/**
 * Events the security module publishes, one record per thing that happened; the audit log records them, with what it
 * says derived in {@link SecurityEvent#audit()}.
 */
public final class SecurityEvents {

    private SecurityEvents() {}

    private static final String VENDOR = MembershipRole.VENDOR.name();

    /** Something a person did to their own account or tokens, within one company. */
    public sealed interface SecurityEvent extends AuditableEvent
            permits SignedIn, ApiTokenCreated, ApiTokenRevoked, PasswordResetRequested, PasswordReset {

        @Override
        default AuditFacts audit() {
            return switch (this) {
                case SignedIn e ->
                    AuditFacts.of(e.userId(), e.role().name(), "SIGNED_IN", "USER", e.userId(), e.email());
                case ApiTokenCreated e ->
                    AuditFacts.of(
                                    e.userId(),
                                    VENDOR,
                                    "API_TOKEN_CREATED",
                                    "API_TOKEN",
                                    e.tokenId(),
                                    "→ " + e.tokenName())
                            .saying(token(e.tokenName()));
                case ApiTokenRevoked e ->
                    AuditFacts.of(
                                    e.userId(),
                                    VENDOR,
                                    "API_TOKEN_REVOKED",
                                    "API_TOKEN",
                                    e.tokenId(),
                                    e.tokenName() + " → ∅")
                            .saying(token(e.tokenName()));
                case PasswordResetRequested e ->
                    AuditFacts.of(
                            e.userId(), e.role().name(), "PASSWORD_RESET_REQUESTED", "USER", e.userId(), e.email());
                case PasswordReset e ->
                    AuditFacts.of(e.userId(), e.role().name(), "PASSWORD_RESET", "USER", e.userId(), e.email());
            };
        }

        private static AuditSentence token(String name) {
            return AuditSentence.of("token", AuditSentence.text(name));
        }
    }

    /** A user entered a company: at sign-in with one membership, or by choosing or switching company. */
    public record SignedIn(long tenantId, long userId, String email, MembershipRole role) implements SecurityEvent {}

    /**
     * A sign-in failed. It has no tenant of its own: the audit log records it in every company where the
     * account is a member. {@code accountLocked} is true when this failure locked the account.
     */
    public record SignInFailed(
            String email, @Nullable Long userId, @Nullable String remoteAddress, boolean accountLocked) {}

    public record ApiTokenCreated(long tenantId, long userId, long tokenId, String tokenName)
            implements SecurityEvent {}

    public record ApiTokenRevoked(long tenantId, long userId, long tokenId, String tokenName)
            implements SecurityEvent {}

    /** Someone asked for a password-reset link; recorded in each company the account is a member of. */
    public record PasswordResetRequested(long tenantId, long userId, String email, MembershipRole role)
            implements SecurityEvent {}

    /** A password was set again through a reset link; recorded in each company the account is a member of. */
    public record PasswordReset(long tenantId, long userId, String email, MembershipRole role)
            implements SecurityEvent {}
}
