package app.baton.insights;

import app.baton.reports.EngagementKpi;
import app.baton.shared.Kpis;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The KPIs the dashboard follows month by month, with the product's formulas (decision 015). Each says which ground it
 * stands on ({@link #verified()}): the platform figures the agencies report (ROAS as claimed, CR, CPA per purchase,
 * all over media cost), or the company's own sales (CAC = full marketing cost ÷ first orders; ROAS verified = revenue
 * its UTM tags or coupons attribute ÷ media cost; ROI = (that revenue × margin − full cost) ÷ full cost; CLTV from the
 * company's average order and how often its customers buy). {@code null} ("—") when a figure cannot be computed —
 * never a claimed figure standing in for a verified one.
 */
public enum TrendKpi {
    CAC(true, false, true),
    ROAS(false, false, false),
    ROAS_VERIFIED(false, false, true),
    ROI(false, true, true),
    CR(false, true, false),
    CPA(true, false, false),
    CLTV(false, false, true),
    LTV_CAC(false, false, true);

    private final boolean lowerIsBetter;
    private final boolean share;
    private final boolean verified;

    TrendKpi(boolean lowerIsBetter, boolean share, boolean verified) {
        this.lowerIsBetter = lowerIsBetter;
        this.share = share;
        this.verified = verified;
    }

    public boolean lowerIsBetter() {
        return lowerIsBetter;
    }

    /** Whether the figure is a share, shown in percent. */
    public boolean share() {
        return share;
    }

    /** Whether the figure stands on the company's own sales (else on what the platforms report). */
    public boolean verified() {
        return verified;
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

    /**
     * What the company's own sales show for a month (and a channel): orders, revenue and first orders; the revenue
     * its UTM tags or coupons attribute ({@code null} when the export has neither); how often a customer buys in a
     * year ({@code null} when not known from the orders).
     */
    public record Verified(
            int orders,
            BigDecimal revenue,
            int newCustomers,
            @Nullable BigDecimal attributedRevenue,
            @Nullable BigDecimal purchasesPerYear) {}

    /**
     * A month's figures: what the accepted reports claim, the media cost they state, the full marketing cost (media or
     * entered, agency fees, experiments' spend), and the company's own data ({@code null} when the month is not
     * wholly uploaded).
     */
    public record MonthFigures(
            EngagementKpi.@Nullable Sums claimed,
            BigDecimal fullCost,
            @Nullable Verified verified) {

        public @Nullable BigDecimal mediaCost() {
            return claimed == null ? null : claimed.cost();
        }
    }

    /** This KPI for a month's figures. */
    public @Nullable BigDecimal of(MonthFigures f, Assumptions a) {
        BigDecimal cost = f.fullCost().signum() == 0 ? null : f.fullCost();
        EngagementKpi.Sums sums = f.claimed();
        Verified v = f.verified();
        return switch (this) {
            case CAC -> v == null ? null : Kpis.cac(cost, BigDecimal.valueOf(v.newCustomers()));
            case ROAS -> sums == null ? null : Kpis.roas(sums.conversionValue(), sums.cost());
            case ROAS_VERIFIED ->
                v == null || v.attributedRevenue() == null ? null : Kpis.roas(v.attributedRevenue(), f.mediaCost());
            case ROI -> v == null || v.attributedRevenue() == null ? null : roi(v.attributedRevenue(), cost, a);
            case CR -> sums == null ? null : Kpis.cr(sums.conversions(), sums.clicks());
            case CPA -> sums == null ? null : Kpis.cpa(sums.cost(), sums.conversions());
            case CLTV -> cltv(v, a);
            case LTV_CAC ->
                v == null ? null : Kpis.ltvToCac(cltv(v, a), Kpis.cac(cost, BigDecimal.valueOf(v.newCustomers())));
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

    /** (Attributed revenue × gross margin − cost) ÷ cost; without a margin, revenue counts whole. */
    private static @Nullable BigDecimal roi(BigDecimal revenue, @Nullable BigDecimal cost, Assumptions a) {
        BigDecimal earned = a.grossMargin() == null ? revenue : revenue.multiply(a.grossMargin());
        return Kpis.roi(earned, cost);
    }

    /** The company's average order × how often its customers buy (its orders, else the assumption) × years. */
    private static @Nullable BigDecimal cltv(@Nullable Verified v, Assumptions a) {
        if (v == null) {
            return null;
        }
        return Kpis.cltv(
                Kpis.aov(v.revenue(), BigDecimal.valueOf(v.orders())),
                v.purchasesPerYear() != null ? v.purchasesPerYear() : a.purchasesPerYear(),
                a.expectedYears(),
                a.grossMargin());
    }
}
