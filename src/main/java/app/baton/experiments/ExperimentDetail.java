package app.baton.experiments;

import app.baton.approvals.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything an experiment's page shows, and what the signed-in person may do there; for an A/B test its plan with
 * the sample size, and once results are in its counts and the comparison.
 */
public record ExperimentDetail(
        ExperimentRow row,
        String hypothesis,
        List<Metric> metrics,
        @Nullable Conclusion suggestion,
        @Nullable BigDecimal actualSpend,
        @Nullable String learnings,
        BigDecimal held,
        List<Violation> violations,
        Set<String> stillNeeded,
        List<HistoryLine> history,
        long version,
        boolean mayEdit,
        boolean mayDecide,
        boolean mayStart,
        boolean maySubmitResults,
        boolean mayConclude,
        boolean mayAttach,
        @Nullable Long engagementId,
        @Nullable String engagementName,
        @Nullable AbTestPlan abPlan,
        AbTest.@Nullable SampleSize sampleSize,
        @Nullable AbTestCounts abCounts,
        AbTest.@Nullable Result abResult,
        @Nullable CheckInCadence cadence,
        List<CheckInView> checkIns,
        java.time.@Nullable LocalDate nextCheckInDue,
        boolean mayCheckIn,
        List<@Nullable MetricSource> metricSources,
        List<@Nullable BigDecimal> reported) {}
