package app.baton.insights.ui;

import app.baton.insights.DashboardService.Dashboard;
import app.baton.insights.DashboardService.Trend;
import app.baton.insights.TrendKpi;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Why a KPI has no figure in a month, so that a 「—」 is never left unexplained (issue 15): the month is not over, the
 * company's sales of the month are not all uploaded (for KPIs on its own sales), no report of the month is accepted
 * (for KPIs on what the platforms report), or the figure it divides by is zero. Answers a message key.
 */
final class KpiGaps {

    private KpiGaps() {}

    static String why(Dashboard d, Trend trend, TrendKpi kpi, int month) {
        if (month >= d.closedMonths()) {
            return "kpi.why.notOver";
        }
        YearMonth ym = d.months().get(month);
        if (kpi.verified()) {
            var sales = d.truth().months().get(ym);
            if (sales == null || !sales.verified().complete()) {
                return "kpi.why.noSales";
            }
        }
        boolean reported = d.accepted().stream()
                .anyMatch(c -> c.month().equals(ym)
                        && (trend.channelId() == null || Objects.equals(trend.channelId(), c.channelId())));
        if (!kpi.verified() && !reported) {
            return "kpi.why.noReport";
        }
        return "kpi.why.zero." + kpi.name();
    }
}
