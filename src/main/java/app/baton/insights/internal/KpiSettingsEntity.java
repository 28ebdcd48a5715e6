package app.baton.insights.internal;

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
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/** A company's KPI targets and customer assumptions (one row per company; missing values are "not set"). */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "kpi_settings")
public class KpiSettingsEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "purchases_per_year", precision = 19, scale = 6)
    private @Nullable BigDecimal purchasesPerYear;

    @Column(name = "expected_years", precision = 19, scale = 6)
    private @Nullable BigDecimal expectedYears;

    @Column(name = "gross_margin", precision = 19, scale = 6)
    private @Nullable BigDecimal grossMargin;

    @Column(name = "target_cac", precision = 19, scale = 6)
    private @Nullable BigDecimal targetCac;

    @Column(name = "target_roas", precision = 19, scale = 6)
    private @Nullable BigDecimal targetRoas;

    @Column(name = "target_roi", precision = 19, scale = 6)
    private @Nullable BigDecimal targetRoi;

    @Column(name = "target_cr", precision = 19, scale = 6)
    private @Nullable BigDecimal targetCr;

    @Column(name = "target_cpa", precision = 19, scale = 6)
    private @Nullable BigDecimal targetCpa;

    @Column(name = "target_cltv", precision = 19, scale = 6)
    private @Nullable BigDecimal targetCltv;

    @Column(name = "target_ltv_cac", precision = 19, scale = 6)
    private @Nullable BigDecimal targetLtvCac;

    @Column(name = "target_roas_verified", precision = 19, scale = 6)
    private @Nullable BigDecimal targetRoasVerified;

    @Version
    private long version;

    public KpiSettingsEntity() {}

    public @Nullable BigDecimal purchasesPerYear() {
        return purchasesPerYear;
    }

    public @Nullable BigDecimal expectedYears() {
        return expectedYears;
    }

    public @Nullable BigDecimal grossMargin() {
        return grossMargin;
    }

    /** The targets in the order CAC, ROAS, ROI, CR, CPA, CLTV, LTV:CAC. */
    public @Nullable BigDecimal[] targets() {
        return new @Nullable BigDecimal[] {
            // in TrendKpi's order
            targetCac, targetRoas, targetRoasVerified, targetRoi, targetCr, targetCpa, targetCltv, targetLtvCac
        };
    }

    public long version() {
        return version;
    }

    public void update(
            @Nullable BigDecimal purchasesPerYear,
            @Nullable BigDecimal expectedYears,
            @Nullable BigDecimal grossMargin,
            @Nullable BigDecimal[] targets) {
        this.purchasesPerYear = purchasesPerYear;
        this.expectedYears = expectedYears;
        this.grossMargin = grossMargin;
        this.targetCac = targets[0];
        this.targetRoas = targets[1];
        this.targetRoasVerified = targets[2];
        this.targetRoi = targets[3];
        this.targetCr = targets[4];
        this.targetCpa = targets[5];
        this.targetCltv = targets[6];
        this.targetLtvCac = targets[7];
    }
}
