package app.baton.experiments;

import app.baton.experiments.internal.ExperimentEntity;
import app.baton.reports.EngagementKpi;
import app.baton.reports.ReportFigures;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The metrics of an experiment that names an agency engagement, as that engagement's accepted reports show them
 * (decision 020): the report sums of the experiment's channel over the months its dates touch, through the product's
 * KPI formulas. Reports are monthly, so an experiment from the 10th counts its whole first month.
 */
@Component
class ReportedMetrics {

    private final ReportFigures reports;

    ReportedMetrics(ReportFigures reports) {
        this.reports = reports;
    }

    /** One value per metric, in their order; {@code null} where the reports cannot say (or no engagement). */
    List<@Nullable BigDecimal> of(ExperimentEntity experiment) {
        List<Metric> metrics = experiment.metrics();
        List<@Nullable BigDecimal> values = new ArrayList<>();
        Long engagementId = experiment.engagementId();
        if (engagementId == null) {
            metrics.forEach(m -> values.add(null));
            return values;
        }
        List<EngagementKpi.Sums> months =
                reports.accepted(YearMonth.from(experiment.startDate()), YearMonth.from(experiment.endDate())).stream()
                        .filter(m -> m.engagementId() == engagementId && m.channelId() == experiment.channelId())
                        .map(ReportFigures.ChannelMonth::sums)
                        .toList();
        for (Metric metric : metrics) {
            values.add(months.isEmpty() || !metric.kind().computable() ? null : value(metric.kind(), months));
        }
        return values;
    }

    private static @Nullable BigDecimal value(MetricKind kind, List<EngagementKpi.Sums> months) {
        BigDecimal first = sum(months, figure(kind.firstFigure()));
        BigDecimal second = sum(months, figure(kind.secondFigure()));
        return first == null || second == null ? null : kind.compute(first, second);
    }

    /** The report column behind a raw figure's name ({@link MetricKind#firstFigure()}). */
    private static Function<EngagementKpi.Sums, @Nullable BigDecimal> figure(@Nullable String name) {
        return switch (name == null ? "" : name) {
            case "impressions" -> EngagementKpi.Sums::impressions;
            case "clicks" -> EngagementKpi.Sums::clicks;
            case "cost" -> EngagementKpi.Sums::cost;
            case "conversions" -> EngagementKpi.Sums::conversions;
            case "conversionValue", "revenue" -> EngagementKpi.Sums::conversionValue;
            case "newCustomers" -> EngagementKpi.Sums::newCustomers;
            default -> s -> null;
        };
    }

    /** The sum over the months; {@code null} when no month reports the figure. */
    private static @Nullable BigDecimal sum(
            List<EngagementKpi.Sums> months, Function<EngagementKpi.Sums, @Nullable BigDecimal> figure) {
        BigDecimal total = null;
        for (EngagementKpi.Sums month : months) {
            BigDecimal value = figure.apply(month);
            if (value != null) {
                total = total == null ? value : total.add(value);
            }
        }
        return total;
    }
}
