package app.baton.reports;

import app.baton.shared.Kpis;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The KPIs an engagement can be held to, computed from a report's sums with the product's formulas. */
public enum EngagementKpi {
    CTR(false),
    CPC(true),
    CPA(true),
    CR(false),
    ROAS(false),
    CAC(true),
    CONVERSIONS(false),
    NEW_CUSTOMERS(false);

    private final boolean lowerIsBetter;

    EngagementKpi(boolean lowerIsBetter) {
        this.lowerIsBetter = lowerIsBetter;
    }

    public boolean lowerIsBetter() {
        return lowerIsBetter;
    }

    /** Whether this KPI is a share (shown in percent). */
    public boolean share() {
        return this == CTR || this == CR;
    }

    /** The KPI's value for these sums; {@code null} when it cannot be computed (a division by zero, a missing sum). */
    public @Nullable BigDecimal of(Sums sums) {
        return switch (this) {
            case CTR -> Kpis.ctr(sums.clicks(), sums.impressions());
            case CPC -> Kpis.cpc(sums.cost(), sums.clicks());
            case CPA -> Kpis.cpa(sums.cost(), sums.conversions());
            case CR -> Kpis.cr(sums.conversions(), sums.clicks());
            case ROAS -> Kpis.roas(sums.conversionValue(), sums.cost());
            case CAC -> Kpis.cac(sums.cost(), sums.newCustomers());
            case CONVERSIONS -> sums.conversions();
            case NEW_CUSTOMERS -> sums.newCustomers();
        };
    }

    /**
     * Attainment of a target: actual ÷ target when higher is better, target ÷ actual when lower is better (1 = met
     * exactly); {@code null} when either is missing or zero.
     */
    public @Nullable BigDecimal attainment(@Nullable BigDecimal actual, BigDecimal target) {
        if (actual == null || actual.signum() == 0 || target.signum() == 0) {
            return null;
        }
        return lowerIsBetter
                ? target.divide(actual, 4, java.math.RoundingMode.HALF_UP)
                : actual.divide(target, 4, java.math.RoundingMode.HALF_UP);
    }

    /** A report's sums of the raw figures; any may be missing from a file. */
    public record Sums(
            @Nullable BigDecimal impressions,
            @Nullable BigDecimal clicks,
            @Nullable BigDecimal cost,
            @Nullable BigDecimal conversions,
            @Nullable BigDecimal conversionValue,
            @Nullable BigDecimal newCustomers) {}
}
