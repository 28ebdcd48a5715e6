package app.baton.security.internal;

import app.baton.shared.tenant.TenantRestriction;
import app.baton.shared.tenant.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/** A vendor member's personal API token; only its SHA-256 hash is kept. */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "api_token")
public class ApiTokenEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "membership_id", nullable = false)
    private long membershipId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "token_hint", nullable = false, length = 16)
    private String tokenHint;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Version
    private long version;

    protected ApiTokenEntity() {
        this.name = "";
        this.tokenHash = "";
        this.tokenHint = "";
        this.createdAt = Instant.EPOCH;
    }

    public ApiTokenEntity(
            long membershipId, long userId, String name, String tokenHash, String tokenHint, Instant createdAt) {
        this.membershipId = membershipId;
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenHint = tokenHint;
        this.createdAt = createdAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public long membershipId() {
        return membershipId;
    }

    public long userId() {
        return userId;
    }

    public String name() {
        return name;
    }

    public String tokenHint() {
        return tokenHint;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant lastUsedAt() {
        return lastUsedAt;
    }

    public @Nullable Instant revokedAt() {
        return revokedAt;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }
}
