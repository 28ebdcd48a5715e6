package app.baton.reports;

import app.baton.reports.checks.Flag;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The company's own sales as the reports module sees them, implemented by the sales module (so that reports needs no
 * knowledge of how sales are kept): given what the agencies claim for a month, the reconciliation flags of each
 * report version — none when the company's data does not cover the whole month.
 */
public interface GroundTruth {

    /** The codes of the reconciliation flags (decision 015). */
    java.util.Set<String> CODES = java.util.Set.of(
            "CLAIMS_EXCEED_ORDERS", "OVERLAPPING_CLAIMS", "CLAIMED_ROAS_UNSUPPORTED", "NEW_CUSTOMERS_UNSUPPORTED");

    /**
     * One engagement's current report for a month: its version, what its conversions are (purchases or leads), and
     * what it claims, in total and per channel code.
     */
    record Claim(
            long engagementId,
            String engagement,
            long versionId,
            int versionNumber,
            ConversionKind kind,
            EngagementKpi.Sums total,
            Map<String, EngagementKpi.Sums> byChannel) {

        /** Whether its conversions are purchases (a lead is never an order). */
        public boolean purchases() {
            return kind == ConversionKind.PURCHASE;
        }
    }

    /** The reconciliation flags per version id for {@code month}. */
    Map<Long, List<Flag>> reconcile(YearMonth month, List<Claim> claims);
}
