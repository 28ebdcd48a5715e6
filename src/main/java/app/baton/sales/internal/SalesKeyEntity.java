package app.baton.sales.internal;

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

/**
 * A company's salt for keying its customers: with the server's secret (never in the database) it makes the company's
 * HMAC key, so a copy of the database alone cannot test an e-mail address against the stored hashes, and one
 * company's hashes cannot be matched with another's.
 */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "sales_key")
public class SalesKeyEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, updatable = false, length = 64)
    private String salt = "";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    protected SalesKeyEntity() {}

    public SalesKeyEntity(String salt, Instant createdAt) {
        this.salt = salt;
        this.createdAt = createdAt;
    }

    public String salt() {
        return salt;
    }
}
