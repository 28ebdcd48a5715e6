package app.baton.reports.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An accepted version's month and totals, read without its file names, definitions and campaigns. */
public record AcceptedSums(
        long engagementId,
        LocalDate reportMonth,
        @Nullable BigDecimal impressions,
        @Nullable BigDecimal clicks,
        @Nullable BigDecimal cost,
        @Nullable BigDecimal conversions,
        @Nullable BigDecimal conversionValue,
        @Nullable BigDecimal newCustomers) {

    /** The totals as the KPIs take them. */
    public app.baton.reports.EngagementKpi.Sums sums() {
        return new app.baton.reports.EngagementKpi.Sums(
                impressions, clicks, cost, conversions, conversionValue, newCustomers);
    }
}
