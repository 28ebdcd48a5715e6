package app.baton.budgets.internal;

import app.baton.security.MembershipRole;
import app.baton.shared.tenant.TenantRestriction;
import app.baton.shared.tenant.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One generation's signature on one version of a draft plan (its change count when signed), written once. A founder's
 * activation signs the version it activates.
 */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "budget_plan_signature")
public class PlanSignatureEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(name = "change_count", nullable = false, updatable = false)
    private long changeCount;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16, updatable = false)
    private MembershipRole role = MembershipRole.FOUNDER;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt = Instant.EPOCH;

    protected PlanSignatureEntity() {}

    public PlanSignatureEntity(long planId, long changeCount, MembershipRole role, long userId, Instant signedAt) {
        this.planId = planId;
        this.changeCount = changeCount;
        this.role = role;
        this.userId = userId;
        this.signedAt = signedAt;
    }

    public long changeCount() {
        return changeCount;
    }

    public MembershipRole role() {
        return role;
    }

    public long userId() {
        return userId;
    }

    public Instant signedAt() {
        return signedAt;
    }
}
