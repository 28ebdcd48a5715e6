package app.baton.reports;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** A KPI against its target: the term's target or the month's stage target. */
public record Attainment(
        EngagementKpi kpi,
        @Nullable YearMonth stageMonth,
        BigDecimal target,
        @Nullable BigDecimal actual,
        @Nullable BigDecimal attainment) {}
