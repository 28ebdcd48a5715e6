package app.baton.reports;

import app.baton.reports.checks.History;
import app.baton.reports.checks.Metrics;
import app.baton.reports.internal.EngagementEntity;
import app.baton.reports.internal.ReportVersionEntity;
import app.baton.reports.internal.ReportVersionRepository;
import app.baton.reports.parsing.Field;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What the checks know of an engagement's earlier months, and a version's sums read as the checks and KPIs need them. */
@Component
final class ReportHistory {

    private final ReportVersionRepository versions;

    ReportHistory(ReportVersionRepository versions) {
        this.versions = versions;
    }

    /** What the checks know of an engagement before {@code month}: the latest accepted version of each month. */
    History history(EngagementEntity engagement, YearMonth month) {
        List<ReportVersionEntity> accepted =
                versions.findByEngagementIdAndStatusAndReportMonthBeforeOrderByReportMonthDesc(
                        engagement.id(), ReviewStatus.ACCEPTED, month.atDay(1));
        Map<YearMonth, History.Month> byMonth = new LinkedHashMap<>();
        for (ReportVersionEntity v : accepted) {
            YearMonth m = YearMonth.from(v.reportMonth());
            byMonth.putIfAbsent(m, new History.Month(m, sums(v), lines(v.campaigns()), lines(v.definitions())));
        }
        // the fee of the month reported on, not today's (issue 19)
        return new History(engagement.feeIn(month), engagement.mediaSpendCap(), List.copyOf(byMonth.values()));
    }

    static Map<String, BigDecimal> sums(ReportVersionEntity v) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        put(sums, Field.IMPRESSIONS, v.impressions());
        put(sums, Field.CLICKS, v.clicks());
        put(sums, Field.COST, v.cost());
        put(sums, Field.CONVERSIONS, v.conversions());
        put(sums, Field.CONVERSION_VALUE, v.conversionValue());
        put(sums, Field.NEW_CUSTOMERS, v.newCustomers());
        return sums;
    }

    static EngagementKpi.Sums kpiSums(ReportVersionEntity v) {
        return new EngagementKpi.Sums(
                v.impressions(), v.clicks(), v.cost(), v.conversions(), v.conversionValue(), v.newCustomers());
    }

    private static void put(Map<String, BigDecimal> sums, Field field, @Nullable BigDecimal value) {
        if (value != null) {
            sums.put(Metrics.name(field), value);
        }
    }

    private static Set<String> lines(String text) {
        return text.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(text.split("\n")));
    }
}
