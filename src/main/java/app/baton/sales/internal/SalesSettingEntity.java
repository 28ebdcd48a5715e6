package app.baton.sales.internal;

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

/**
 * How a company's own sales are read and judged, one row per company and owned by it alone: the factor by which a
 * platform's ROAS may exceed the verified one before it is flagged, the column mapping for its own export layout,
 * and the coupon codes it gave its channels.
 */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "sales_setting")
public class SalesSettingEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "roas_factor", nullable = false, precision = 6, scale = 2)
    private BigDecimal roasFactor = BigDecimal.valueOf(2);

    @Column(name = "column_mapping", nullable = false, length = 4000)
    private String columnMapping = "";

    @Column(nullable = false, length = 4000)
    private String coupons = "";

    @Column(name = "updated_by_user_id")
    private @Nullable Long updatedByUserId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    protected SalesSettingEntity() {}

    public SalesSettingEntity(BigDecimal roasFactor, Instant createdAt) {
        this.roasFactor = roasFactor;
        this.updatedAt = createdAt;
    }

    public BigDecimal roasFactor() {
        return roasFactor;
    }

    public String columnMapping() {
        return columnMapping;
    }

    public String coupons() {
        return coupons;
    }

    public void roasFactor(BigDecimal factor, long userId, Instant at) {
        this.roasFactor = factor;
        touched(userId, at);
    }

    public void columnMapping(String mapping, long userId, Instant at) {
        this.columnMapping = mapping;
        touched(userId, at);
    }

    public void coupons(String coupons, long userId, Instant at) {
        this.coupons = coupons;
        touched(userId, at);
    }

    private void touched(long userId, Instant at) {
        this.updatedByUserId = userId;
        this.updatedAt = at;
    }
}
