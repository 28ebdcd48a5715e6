package app.baton.reports;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** A KPI target of an engagement: for the whole term ({@code month} null) or a stage target for one month. */
public record EngagementTarget(EngagementKpi kpi, @Nullable YearMonth month, BigDecimal target) {}
