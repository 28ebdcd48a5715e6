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

/**
 * One KPI target of an engagement: for the whole term (no month) or a stage target for one month (階段性目標), and the
 * months it holds: a change to the targets replaces them from the month it was made, so earlier months stay judged
 * against what was agreed then (issue 19).
 */
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

    /** The first month the target holds; null: from the engagement's start. */
    @Column(name = "in_force_from", updatable = false)
    private java.time.@Nullable LocalDate inForceFrom;

    /** The first month a changed target replaced it; null while it holds. */
    @Column(name = "replaced_from")
    private java.time.@Nullable LocalDate replacedFrom;

    protected KpiTargetEntity() {}

    public KpiTargetEntity(
            long engagementId,
            app.baton.reports.EngagementKpi kpi,
            java.time.@Nullable LocalDate targetMonth,
            java.math.BigDecimal target,
            java.time.@Nullable YearMonth inForceFrom) {
        this.engagementId = engagementId;
        this.kpi = kpi;
        this.targetMonth = targetMonth;
        this.target = target;
        this.inForceFrom = inForceFrom == null ? null : inForceFrom.atDay(1);
    }

    /** The first month it holds; null from the engagement's start. */
    public java.time.@Nullable YearMonth inForceFrom() {
        return inForceFrom == null ? null : java.time.YearMonth.from(inForceFrom);
    }

    /** The first month it no longer holds; null while it holds. */
    public java.time.@Nullable YearMonth replacedFrom() {
        return replacedFrom == null ? null : java.time.YearMonth.from(replacedFrom);
    }

    /** A changed target holds from {@code month}: this one judges the months before it only. */
    public void replaceFrom(java.time.YearMonth month) {
        this.replacedFrom = month.atDay(1);
    }

    /** Whether it is the target now (not replaced). */
    public boolean current() {
        return replacedFrom == null;
    }

    /** Whether it is the target a report for {@code month} is judged against. */
    public boolean inForce(java.time.YearMonth month) {
        return (inForceFrom == null || !month.isBefore(java.time.YearMonth.from(inForceFrom)))
                && (replacedFrom == null || month.isBefore(java.time.YearMonth.from(replacedFrom)));
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
