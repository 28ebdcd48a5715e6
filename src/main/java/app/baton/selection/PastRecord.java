package app.baton.selection;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The agency's record with this company on Baton (its engagements' scorecards together); never another
 * company's.
 */
public record PastRecord(
        int engagements,
        int reports,
        int flags,
        @Nullable BigDecimal flagsPerReport,
        @Nullable BigDecimal onTimeRate,
        @Nullable BigDecimal kpiAttainment) {}
