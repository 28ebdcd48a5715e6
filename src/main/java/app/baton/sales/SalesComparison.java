package app.baton.sales;

import app.baton.reports.EngagementKpi;
import app.baton.reports.GroundTruth.Claim;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** A month's claims beside the company's own figures, for the sales page, the dashboard and the meeting. */
public record SalesComparison(YearMonth month, VerifiedSales verified, List<Claim> claims) {

    /** Leads claimed by the engagements whose conversions are leads (never counted as orders). */
    public BigDecimal claimedLeads() {
        return claimed(false, EngagementKpi.Sums::conversions);
    }

    /** Purchases claimed by every engagement (whose conversions are purchases) and channel together. */
    public BigDecimal claimedPurchases() {
        return claimed(true, EngagementKpi.Sums::conversions);
    }

    /** The value of those purchases, as claimed. */
    public BigDecimal claimedValue() {
        return claimed(true, EngagementKpi.Sums::conversionValue);
    }

    /** New customers claimed. */
    public BigDecimal claimedNewCustomers() {
        return claimed(true, EngagementKpi.Sums::newCustomers);
    }

    /** One figure summed over the claims of engagements counting purchases (or leads); a missing figure adds nothing. */
    private BigDecimal claimed(boolean purchases, Function<EngagementKpi.Sums, @Nullable BigDecimal> figure) {
        return claims.stream()
                .filter(c -> c.purchases() == purchases)
                .map(c -> figure.apply(c.total()))
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
