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

    @Column(name = "revenue_forecast", nullable = false, precision = 19, scale = 4, updatable = false)
    private java.math.BigDecimal revenueForecast = java.math.BigDecimal.ZERO;

    @Column(name = "total_budget", nullable = false, precision = 19, scale = 4, updatable = false)
    private java.math.BigDecimal totalBudget = java.math.BigDecimal.ZERO;

    @jakarta.persistence.OneToMany(
            mappedBy = "signature",
            cascade = jakarta.persistence.CascadeType.PERSIST,
            fetch = jakarta.persistence.FetchType.LAZY)
    private java.util.List<PlanSignatureCellEntity> cells = new java.util.ArrayList<>();

    protected PlanSignatureEntity() {}

    /** A signature on the plan as it stands now: its version, its header and its amounts that are not zero. */
    public PlanSignatureEntity(BudgetPlanEntity plan, MembershipRole role, long userId, Instant signedAt) {
        this(plan, plan.changeCount(), role, userId, signedAt);
    }

    /** The same on a given version of the plan (an activation signs the version before it counted itself). */
    public PlanSignatureEntity(
            BudgetPlanEntity plan, long changeCount, MembershipRole role, long userId, Instant signedAt) {
        this.planId = plan.id();
        this.changeCount = changeCount;
        this.role = role;
        this.userId = userId;
        this.signedAt = signedAt;
        this.revenueForecast = plan.revenueForecast();
        this.totalBudget = plan.totalBudget();
        for (BudgetLineEntity line : plan.lines()) {
            if (line.planned().signum() != 0) {
                cells.add(new PlanSignatureCellEntity(this, line.cell(), line.planned()));
            }
        }
    }

    public long planId() {
        return planId;
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

    public java.math.BigDecimal revenueForecast() {
        return revenueForecast;
    }

    public java.math.BigDecimal totalBudget() {
        return totalBudget;
    }

    /** The amounts of the version signed, by cell (cells not listed were zero). */
    public java.util.Map<app.baton.budgets.Cell, java.math.BigDecimal> amounts() {
        java.util.Map<app.baton.budgets.Cell, java.math.BigDecimal> out = new java.util.HashMap<>();
        cells.forEach(c -> out.put(c.cell(), c.amount()));
        return out;
    }
}
