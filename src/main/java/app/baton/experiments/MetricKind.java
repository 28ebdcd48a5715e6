package app.baton.experiments;

import app.baton.shared.Kpis;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The success metrics an experiment can promise: the product's KPIs or a custom named one with a unit. For the
 * KPIs that are a ratio of two raw figures, the actual value can be computed from them with the product's formulas.
 */
public enum MetricKind {
    CR("conversions", "clicks"),
    ROI("revenue", "cost"),
    CAC("cost", "newCustomers"),
    CLTV(null, null),
    ROAS("conversionValue", "cost"),
    CTR("clicks", "impressions"),
    CPC("cost", "clicks"),
    CPA("cost", "conversions"),
    CUSTOM(null, null);

    private final @Nullable String first;
    private final @Nullable String second;

    MetricKind(@Nullable String first, @Nullable String second) {
        this.first = first;
        this.second = second;
    }

    /** Whether the actual value can be computed from two raw figures. */
    public boolean computable() {
        return first != null;
    }

    /** The names of the two raw figures (translated as {@code experiment.raw.<name>}), or {@code null}. */
    public @Nullable String firstFigure() {
        return first;
    }

    public @Nullable String secondFigure() {
        return second;
    }

    /** The value from raw figures with the product's KPI formulas; {@code null} for "—" (e.g. zero new customers). */
    public @Nullable BigDecimal compute(BigDecimal a, BigDecimal b) {
        return switch (this) {
            case CR -> Kpis.cr(a, b);
            case ROI -> Kpis.roi(a, b);
            case CAC -> Kpis.cac(a, b);
            case ROAS -> Kpis.roas(a, b);
            case CTR -> Kpis.ctr(a, b);
            case CPC -> Kpis.cpc(a, b);
            case CPA -> Kpis.cpa(a, b);
            case CLTV, CUSTOM -> null;
        };
    }
}
