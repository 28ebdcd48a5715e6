package app.baton.budgets.internal;

import app.baton.approvals.MultiFounderPolicy;
import app.baton.budgets.Guardrails;
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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A company's guardrails: one row per company, created with the defaults on first change. */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "budget_guardrails")
public class GuardrailsEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "experiment_cap_pct", nullable = false, precision = 5, scale = 2)
    private BigDecimal experimentCapPct = BigDecimal.ZERO;

    @Column(name = "max_per_experiment", precision = 19, scale = 4)
    private @Nullable BigDecimal maxPerExperiment;

    @Column(name = "min_reserve_pct", nullable = false, precision = 5, scale = 2)
    private BigDecimal minReservePct = BigDecimal.ZERO;

    @Column(name = "delegated_limit", nullable = false, precision = 19, scale = 4)
    private BigDecimal delegatedLimit = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "multi_founder_policy", nullable = false, length = 16)
    private MultiFounderPolicy multiFounderPolicy = MultiFounderPolicy.ANY_FOUNDER;

    @Column(name = "multi_founder_threshold", nullable = false, precision = 19, scale = 4)
    private BigDecimal multiFounderThreshold = BigDecimal.ZERO;

    @Column(name = "updated_at")
    private @Nullable Instant updatedAt;

    @Column(name = "successors_manage_engagements", nullable = false)
    private boolean successorsManageEngagements;

    @Column(name = "updated_by_user_id")
    private @Nullable Long updatedByUserId;

    @Version
    private long version;

    protected GuardrailsEntity() {}

    public GuardrailsEntity(Guardrails values) {
        set(values);
    }

    public Guardrails values() {
        return new Guardrails(
                experimentCapPct,
                maxPerExperiment,
                minReservePct,
                delegatedLimit,
                multiFounderPolicy,
                multiFounderThreshold,
                successorsManageEngagements);
    }

    public void change(Guardrails values, long byUserId, Instant at) {
        set(values);
        this.updatedByUserId = byUserId;
        this.updatedAt = at;
    }

    public @Nullable Instant updatedAt() {
        return updatedAt;
    }

    public @Nullable Long updatedByUserId() {
        return updatedByUserId;
    }

    public long version() {
        return version;
    }

    private void set(Guardrails values) {
        this.experimentCapPct = values.experimentCapPct();
        this.maxPerExperiment = values.maxPerExperiment();
        this.minReservePct = values.minReservePct();
        this.delegatedLimit = values.delegatedLimit();
        this.multiFounderPolicy = values.multiFounderPolicy();
        this.multiFounderThreshold = values.multiFounderThreshold();
        this.successorsManageEngagements = values.successorsManageEngagements();
    }
}
