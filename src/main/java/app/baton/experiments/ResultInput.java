package app.baton.experiments;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A metric's result: the actual value, or the two raw figures it is computed from. */
public record ResultInput(
        @Nullable BigDecimal actual,
        @Nullable BigDecimal firstFigure,
        @Nullable BigDecimal secondFigure) {

    /** The actual value as typed, or else computed from the two figures with the product's KPI formula. */
    @Nullable
    BigDecimal actualFor(Metric metric) {
        if (actual != null) {
            return actual;
        }
        if (firstFigure != null && secondFigure != null && metric.kind().computable()) {
            return metric.kind().compute(firstFigure, secondFigure);
        }
        return null;
    }
}
