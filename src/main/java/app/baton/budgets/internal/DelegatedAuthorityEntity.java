package app.baton.budgets.internal;

import app.baton.shared.tenant.TenantRestriction;
import app.baton.shared.tenant.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/** One successor's own delegated authority in a company: a per-request limit and a monthly total. */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "delegated_authority")
public class DelegatedAuthorityEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "per_request_limit", nullable = false, precision = 19, scale = 4)
    private BigDecimal perRequest = BigDecimal.ZERO;

    @Column(name = "monthly_limit", nullable = false, precision = 19, scale = 4)
    private BigDecimal monthly = BigDecimal.ZERO;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Version
    private long version;

    protected DelegatedAuthorityEntity() {}

    public DelegatedAuthorityEntity(long userId, BigDecimal perRequest, BigDecimal monthly, Instant at) {
        this.userId = userId;
        change(perRequest, monthly, at);
    }

    public void change(BigDecimal perRequest, BigDecimal monthly, Instant at) {
        this.perRequest = perRequest;
        this.monthly = monthly;
        this.updatedAt = at;
    }

    public long userId() {
        return userId;
    }

    public BigDecimal perRequest() {
        return perRequest;
    }

    public BigDecimal monthly() {
        return monthly;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
