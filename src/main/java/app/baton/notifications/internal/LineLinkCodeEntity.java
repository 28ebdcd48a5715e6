package app.baton.notifications.internal;

import app.baton.shared.tenant.TenantRestriction;
import app.baton.shared.tenant.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/** A person's one-time LINE linking code in one company, kept only as a hash, until used or expired. */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "line_link_code")
public class LineLinkCodeEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash = "";

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt = Instant.EPOCH;

    protected LineLinkCodeEntity() {}

    public LineLinkCodeEntity(long userId) {
        this.userId = userId;
    }

    public void renew(String codeHash, Instant expiresAt) {
        this.codeHash = codeHash;
        this.expiresAt = expiresAt;
    }

    public long userId() {
        return userId;
    }

    public String codeHash() {
        return codeHash;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
