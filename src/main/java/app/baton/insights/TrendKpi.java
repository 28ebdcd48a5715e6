package app.baton.insights;

import app.baton.reports.EngagementKpi;
import app.baton.shared.Kpis;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The KPIs the dashboard follows month by month, with the product's formulas. Ad figures (ROAS, CPA, CR) use the
 * accepted reports' own sums; CAC and ROI use the month's whole actual marketing spend of the channel (entered,
 * reported and experiments); CLTV uses the company's customer assumptions. {@code null} ("—") when a figure cannot be
 * computed.
 */
public enum TrendKpi {
    CAC(true, false),
    ROAS(false, false),
    ROI(false, true),
    CR(false, true),
    CPA(true, false),
    CLTV(false, false),
    LTV_CAC(false, false);

    private final boolean lowerIsBetter;
    private final boolean share;

    TrendKpi(boolean lowerIsBetter, boolean share) {
        this.lowerIsBetter = lowerIsBetter;
        this.share = share;
    }

    public boolean lowerIsBetter() {
        return lowerIsBetter;
    }

    /** Whether the figure is a share, shown in percent. */
    public boolean share() {
        return share;
    }

    /** Whether the company's customer assumptions (for CLTV) are needed. */
    public boolean needsAssumptions() {
        return this == CLTV || this == LTV_CAC;
    }

    /** The customer assumptions CLTV needs; any may be missing. */
    public record Assumptions(
            @Nullable BigDecimal purchasesPerYear,
            @Nullable BigDecimal expectedYears,
            @Nullable BigDecimal grossMargin) {

        public static final Assumptions NONE = new Assumptions(null, null, null);
    }

    /** This KPI for a month's reported sums and actual marketing spend. */
    public @Nullable BigDecimal of(EngagementKpi.@Nullable Sums sums, BigDecimal actualSpend, Assumptions a) {
        BigDecimal cost = actualSpend.signum() == 0 ? null : actualSpend;
        if (sums == null) {
            return null;
        }
        return switch (this) {
            case CAC -> Kpis.cac(cost, sums.newCustomers());
            case ROAS -> Kpis.roas(sums.conversionValue(), sums.cost());
            case ROI -> Kpis.roi(sums.conversionValue(), cost);
            case CR -> Kpis.cr(sums.conversions(), sums.clicks());
            case CPA -> Kpis.cpa(sums.cost(), sums.conversions());
            case CLTV -> cltv(sums, a);
            case LTV_CAC -> Kpis.ltvToCac(cltv(sums, a), Kpis.cac(cost, sums.newCustomers()));
        };
    }

    /** Whether a value meets its target ({@code null} when either is missing). */
    public @Nullable Boolean met(@Nullable BigDecimal value, @Nullable BigDecimal target) {
        if (value == null || target == null) {
            return null;
        }
        int c = value.compareTo(target);
        return lowerIsBetter ? c <= 0 : c >= 0;
    }

    private static @Nullable BigDecimal cltv(EngagementKpi.Sums sums, Assumptions a) {
        return Kpis.cltv(
                Kpis.aov(sums.conversionValue(), sums.conversions()),
                a.purchasesPerYear(),
                a.expectedYears(),
                a.grossMargin());
    }
}
