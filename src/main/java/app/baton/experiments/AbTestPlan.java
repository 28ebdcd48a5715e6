package app.baton.experiments;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What an A/B test (「將用戶隨機分組」) is sized for, set at proposal: the conversion rate today, the smallest
 * change worth detecting (in percentage points), the significance level and the power, and the visitors a day the
 * test can count on now (for how many days it will take). The sample size follows ({@link AbTest#sampleSize}).
 */
public record AbTestPlan(
        @NotNull(message = "experiment.ab.baselineRange")
        @DecimalMin(value = "0.01", message = "experiment.ab.baselineRange")
        @DecimalMax(value = "99.99", message = "experiment.ab.baselineRange")
        BigDecimal baselinePct,

        @NotNull(message = "experiment.ab.effectRange")
        @DecimalMin(value = "0.01", message = "experiment.ab.effectRange")
        @DecimalMax(value = "50", message = "experiment.ab.effectRange")
        BigDecimal minimumEffectPts,

        @NotNull(message = "experiment.ab.significanceRange")
        @DecimalMin(value = "0.1", message = "experiment.ab.significanceRange")
        @DecimalMax(value = "20", message = "experiment.ab.significanceRange")
        BigDecimal significancePct,

        @NotNull(message = "experiment.ab.powerRange")
        @DecimalMin(value = "50", message = "experiment.ab.powerRange")
        @DecimalMax(value = "99", message = "experiment.ab.powerRange")
        BigDecimal powerPct,

        @Nullable
        @Positive(message = "experiment.ab.trafficRange")
        @Max(value = 100_000_000, message = "experiment.ab.trafficRange")
        Integer dailyVisitors) {

    /** The usual choice: 5 % significance, 80 % power. */
    public static AbTestPlan defaults(BigDecimal baselinePct) {
        return new AbTestPlan(baselinePct, BigDecimal.ONE, new BigDecimal("5"), new BigDecimal("80"), null);
    }
}
