package app.baton.reports.internal;

import app.baton.reports.ConversionKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A month's current version as the reconciliation reads it: its engagement's title and kind of conversion, its number
 * and its totals, without the file's names, definitions and campaigns (issue 16: the dashboard reads a year of them).
 */
public record ClaimedVersion(
        long versionId,
        long engagementId,
        String engagement,
        ConversionKind kind,
        LocalDate reportMonth,
        int versionNumber,
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
