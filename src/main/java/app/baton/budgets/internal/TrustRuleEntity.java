package app.baton.budgets.internal;

import app.baton.approvals.TrustRule;
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

/** The founder's rule for growing delegated authority: one row per company, written when first set. */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "trust_rule")
public class TrustRuleEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private boolean active;

    @Column(nullable = false)
    private int experiments;

    @Column(name = "met_share_pct", nullable = false, precision = 5, scale = 2)
    private BigDecimal metSharePct = BigDecimal.ZERO;

    @Column(name = "raise_pct", nullable = false, precision = 5, scale = 2)
    private BigDecimal raisePct = BigDecimal.ZERO;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal ceiling = BigDecimal.ZERO;

    @Column(name = "tier_step_pct", nullable = false, precision = 5, scale = 2)
    private BigDecimal tierStepPct = BigDecimal.ZERO;

    @Column(name = "tier_ceiling_pct", nullable = false, precision = 5, scale = 2)
    private BigDecimal tierCeilingPct = BigDecimal.ZERO;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Column(name = "updated_by_user_id", nullable = false)
    private long updatedByUserId;

    @Version
    private long version;

    protected TrustRuleEntity() {}

    public TrustRuleEntity(TrustRule rule, long byUserId, Instant at) {
        change(rule, byUserId, at);
    }

    public void change(TrustRule rule, long byUserId, Instant at) {
        this.active = rule.active();
        this.experiments = rule.experiments();
        this.metSharePct = rule.metSharePct();
        this.raisePct = rule.raisePct();
        this.ceiling = rule.ceiling();
        this.tierStepPct = rule.tierStepPct();
        this.tierCeilingPct = rule.tierCeilingPct();
        this.updatedByUserId = byUserId;
        this.updatedAt = at;
    }

    public TrustRule rule() {
        return new TrustRule(active, experiments, metSharePct, raisePct, ceiling, tierStepPct, tierCeilingPct);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long updatedByUserId() {
        return updatedByUserId;
    }

    public long version() {
        return version;
    }
}
