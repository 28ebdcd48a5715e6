package app.baton.shared;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * The KPI formulas the whole product uses (product.md, "KPIs"). Every figure is exact {@link BigDecimal}; a ratio
 * keeps six decimals. A division by zero (or a missing input) gives {@code null}, shown as "—": never an exception
 * or NaN. Shares such as CTR and CR are fractions (0.025 = 2.5 %).
 */
public final class Kpis {

    private static final int SCALE = 6;

    private Kpis() {}

    /** CTR = clicks / impressions. */
    public static @Nullable BigDecimal ctr(@Nullable BigDecimal clicks, @Nullable BigDecimal impressions) {
        return divide(clicks, impressions);
    }

    /** CPC = cost / clicks. */
    public static @Nullable BigDecimal cpc(@Nullable BigDecimal cost, @Nullable BigDecimal clicks) {
        return divide(cost, clicks);
    }

    /** CPA = cost / conversions. */
    public static @Nullable BigDecimal cpa(@Nullable BigDecimal cost, @Nullable BigDecimal conversions) {
        return divide(cost, conversions);
    }

    /** CR = conversions / clicks (or sessions, as the company defines a conversion's base). */
    public static @Nullable BigDecimal cr(@Nullable BigDecimal conversions, @Nullable BigDecimal clicks) {
        return divide(conversions, clicks);
    }

    /** ROAS = conversion value / ad cost. */
    public static @Nullable BigDecimal roas(@Nullable BigDecimal conversionValue, @Nullable BigDecimal cost) {
        return divide(conversionValue, cost);
    }

    /** ROI = (attributed revenue − cost) / cost. */
    public static @Nullable BigDecimal roi(@Nullable BigDecimal revenue, @Nullable BigDecimal cost) {
        if (revenue == null || cost == null) {
            return null;
        }
        return divide(revenue.subtract(cost), cost);
    }

    /** CAC = marketing cost / new customers. */
    public static @Nullable BigDecimal cac(@Nullable BigDecimal cost, @Nullable BigDecimal newCustomers) {
        return divide(cost, newCustomers);
    }

    /** AOV = revenue / orders. */
    public static @Nullable BigDecimal aov(@Nullable BigDecimal revenue, @Nullable BigDecimal orders) {
        return divide(revenue, orders);
    }

    /**
     * CLTV = average order value × purchases per year × expected years as a customer, × gross margin when given
     * (a fraction, e.g. 0.4).
     */
    public static @Nullable BigDecimal cltv(
            @Nullable BigDecimal averageOrderValue,
            @Nullable BigDecimal purchasesPerYear,
            @Nullable BigDecimal years,
            @Nullable BigDecimal grossMargin) {
        if (averageOrderValue == null || purchasesPerYear == null || years == null) {
            return null;
        }
        BigDecimal value = averageOrderValue.multiply(purchasesPerYear).multiply(years);
        if (grossMargin != null) {
            value = value.multiply(grossMargin);
        }
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** LTV:CAC; 3 or more is healthy. */
    public static @Nullable BigDecimal ltvToCac(@Nullable BigDecimal cltv, @Nullable BigDecimal cac) {
        return divide(cltv, cac);
    }

    /** Retention = (customers at end − new customers in the period) / customers at start. */
    public static @Nullable BigDecimal retention(
            @Nullable BigDecimal customersAtEnd, @Nullable BigDecimal newCustomers, @Nullable BigDecimal atStart) {
        if (customersAtEnd == null || newCustomers == null) {
            return null;
        }
        return divide(customersAtEnd.subtract(newCustomers), atStart);
    }

    /** {@code numerator / denominator} with six decimals, or {@code null} when either is missing or zero divides. */
    public static @Nullable BigDecimal divide(@Nullable BigDecimal numerator, @Nullable BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, MathContext.DECIMAL128).setScale(SCALE, RoundingMode.HALF_UP);
    }
}
