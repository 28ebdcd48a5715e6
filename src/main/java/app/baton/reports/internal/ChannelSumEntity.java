package app.baton.reports.internal;

import app.baton.shared.tenant.TenantRestriction;
import app.baton.shared.tenant.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/**
 * A report version's sums for one of the company's channels, written once at upload (read-only like the version), so
 * that the dashboard and the monthly review read figures per channel without opening the stored rows.
 */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "report_channel_sum")
public class ChannelSumEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "report_version_id", nullable = false, updatable = false)
    private long versionId;

    @Column(name = "channel_id", nullable = false, updatable = false)
    private long channelId;

    @Column(updatable = false, precision = 19, scale = 4)
    private @Nullable BigDecimal impressions;

    @Column(updatable = false, precision = 19, scale = 4)
    private @Nullable BigDecimal clicks;

    @Column(updatable = false, precision = 19, scale = 4)
    private @Nullable BigDecimal cost;

    @Column(updatable = false, precision = 19, scale = 4)
    private @Nullable BigDecimal conversions;

    @Column(name = "conversion_value", updatable = false, precision = 19, scale = 4)
    private @Nullable BigDecimal conversionValue;

    @Column(name = "new_customers", updatable = false, precision = 19, scale = 4)
    private @Nullable BigDecimal newCustomers;

    protected ChannelSumEntity() {}

    public ChannelSumEntity(long versionId, long channelId, app.baton.reports.EngagementKpi.Sums sums) {
        this.versionId = versionId;
        this.channelId = channelId;
        this.impressions = sums.impressions();
        this.clicks = sums.clicks();
        this.cost = sums.cost();
        this.conversions = sums.conversions();
        this.conversionValue = sums.conversionValue();
        this.newCustomers = sums.newCustomers();
    }

    public long versionId() {
        return versionId;
    }

    public long channelId() {
        return channelId;
    }

    public app.baton.reports.EngagementKpi.Sums sums() {
        return new app.baton.reports.EngagementKpi.Sums(
                impressions, clicks, cost, conversions, conversionValue, newCustomers);
    }
}
