package app.baton.reports.internal;

import app.baton.shared.tenant.TenantRestriction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/** One KPI target of an engagement: for the whole term (no month) or a stage target for one month (階段性目標). */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "engagement_kpi_target")
public class KpiTargetEntity extends app.baton.shared.tenant.TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "engagement_id", nullable = false, updatable = false)
    private long engagementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kpi", nullable = false, updatable = false, length = 16)
    private app.baton.reports.EngagementKpi kpi = app.baton.reports.EngagementKpi.ROAS;

    @Column(name = "target_month", updatable = false)
    private java.time.@Nullable LocalDate targetMonth;

    @Column(name = "target", nullable = false, updatable = false, precision = 19, scale = 6)
    private java.math.BigDecimal target = java.math.BigDecimal.ZERO;

    protected KpiTargetEntity() {}

    public KpiTargetEntity(
            long engagementId,
            app.baton.reports.EngagementKpi kpi,
            java.time.@Nullable LocalDate targetMonth,
            java.math.BigDecimal target) {
        this.engagementId = engagementId;
        this.kpi = kpi;
        this.targetMonth = targetMonth;
        this.target = target;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public long engagementId() {
        return engagementId;
    }

    public app.baton.reports.EngagementKpi kpi() {
        return kpi;
    }

    public java.time.@Nullable LocalDate targetMonth() {
        return targetMonth;
    }

    public java.math.BigDecimal target() {
        return target;
    }
}
