package app.baton.experiments;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * An A/B test's outcome as counted: visitors and conversions in the control group (A) and the variant (B). Each
 * group's conversions cannot exceed its visitors ({@link AbTest#compare} refuses it).
 */
public record AbTestCounts(
        @Positive(message = "experiment.ab.visitorsRequired")
        @Max(value = 1_000_000_000, message = "experiment.ab.tooMany")
        long controlVisitors,

        @PositiveOrZero(message = "experiment.ab.conversionsRange")
        @Max(value = 1_000_000_000, message = "experiment.ab.tooMany")
        long controlConversions,

        @Positive(message = "experiment.ab.visitorsRequired")
        @Max(value = 1_000_000_000, message = "experiment.ab.tooMany")
        long variantVisitors,

        @PositiveOrZero(message = "experiment.ab.conversionsRange")
        @Max(value = 1_000_000_000, message = "experiment.ab.tooMany")
        long variantConversions) {}
