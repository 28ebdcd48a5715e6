package app.baton.reports.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A report version's sums for one channel, read as values with the version's engagement, id and month: the dashboard
 * and the meeting read a year of them, for which entities were made and then thrown away (issue 16).
 */
public record ChannelSumFigures(
        long engagementId,
        long versionId,
        LocalDate reportMonth,
        long channelId,
        @Nullable BigDecimal impressions,
        @Nullable BigDecimal clicks,
        @Nullable BigDecimal cost,
        @Nullable BigDecimal conversions,
        @Nullable BigDecimal conversionValue,
        @Nullable BigDecimal newCustomers) {

    /** The sums as the KPIs take them. */
    public app.baton.reports.EngagementKpi.Sums sums() {
        return new app.baton.reports.EngagementKpi.Sums(
                impressions, clicks, cost, conversions, conversionValue, newCustomers);
    }
}
