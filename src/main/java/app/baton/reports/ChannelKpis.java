package app.baton.reports;

import app.baton.reports.parsing.Field;
import app.baton.reports.parsing.ParsedReport;
import app.baton.reports.parsing.ReportFormat;
import app.baton.reports.parsing.ReportRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A report's sums and KPIs per channel: the channel column where the file has one (our template, GA4), otherwise
 * the platform the export comes from (a Google Ads or Meta Ads export is one channel).
 */
public final class ChannelKpis {

    private ChannelKpis() {}

    /** One channel's sums and KPIs ({@code null} where a KPI cannot be computed). */
    public record Row(String channel, EngagementKpi.Sums sums, Map<EngagementKpi, @Nullable BigDecimal> kpis) {}

    /** The rows of a stored version, as read back from the store. */
    public static List<Row> of(List<ReportRow> rows, ReportFormat format) {
        return of(new ParsedReport(format, List.of(), rows, null, null, null, null));
    }

    public static List<Row> of(ParsedReport report) {
        List<Row> result = new ArrayList<>();
        boolean ga4 = report.format() == ReportFormat.GA4;
        report.totalsByChannel().forEach((channel, s) -> {
            // GA4 has sessions, not ad clicks: its key events convert from sessions, so sessions are its CR's base —
            // never its key events over the ads' clicks (decision 015)
            EngagementKpi.Sums sums = new EngagementKpi.Sums(
                    s.get(Field.IMPRESSIONS),
                    ga4 && s.get(Field.CLICKS) == null ? s.get(Field.SESSIONS) : s.get(Field.CLICKS),
                    s.get(Field.COST),
                    s.get(Field.CONVERSIONS),
                    s.get(Field.CONVERSION_VALUE),
                    s.get(Field.NEW_CUSTOMERS));
            Map<EngagementKpi, @Nullable BigDecimal> kpis = new EnumMap<>(EngagementKpi.class);
            for (EngagementKpi kpi : List.of(
                    EngagementKpi.CTR,
                    EngagementKpi.CPC,
                    EngagementKpi.CPA,
                    EngagementKpi.CR,
                    EngagementKpi.ROAS,
                    EngagementKpi.CAC)) {
                kpis.put(kpi, kpi.of(sums));
            }
            result.add(new Row(channel.isEmpty() ? fallback(report.format()) : channel, sums, kpis));
        });
        return result;
    }

    private static String fallback(ReportFormat format) {
        return switch (format) {
            case GOOGLE_ADS -> "GOOGLE_ADS";
            case META_ADS -> "META_ADS";
            default -> "—";
        };
    }

    /** GA4's default channel groups, as the company's default channels. */
    private static final Map<String, String> GA4_GROUPS = Map.of(
            "paid search", "GOOGLE_ADS",
            "paid social", "META_ADS",
            "paid video", "GOOGLE_ADS",
            "display", "GOOGLE_ADS",
            "organic search", "SEO",
            "email", "EDM");

    /**
     * A report's channel sums placed on the engagement's scope: a row whose channel label is a scope channel's code
     * or name (any case), or a GA4 channel group standing for one (Paid Search for Google Ads, Paid Social for Meta
     * Ads…), goes to it. A GA4 row for traffic outside the scope (Direct, Organic Social, or a channel the engagement
     * does not cover) is left out: it is not this engagement's. Anything else — an export of one platform, a label
     * the company does not use — goes to the first scope channel, so no spend is lost from the budget's actuals.
     */
    public static java.util.Map<Long, EngagementKpi.Sums> byScope(
            List<Row> rows, List<app.baton.budgets.ChannelService.ChannelView> scope) {
        return byScope(rows, scope, ReportFormat.BATON_TEMPLATE);
    }

    /** As {@link #byScope(List, List)}, knowing the report's format (GA4's rows outside the scope are left out). */
    public static java.util.Map<Long, EngagementKpi.Sums> byScope(
            List<Row> rows, List<app.baton.budgets.ChannelService.ChannelView> scope, ReportFormat format) {
        java.util.Map<Long, EngagementKpi.Sums> result = new java.util.LinkedHashMap<>();
        if (scope.isEmpty()) {
            return result;
        }
        List<app.baton.budgets.ChannelService.ChannelView> ordered = scope.stream()
                .sorted(java.util.Comparator.comparingLong(app.baton.budgets.ChannelService.ChannelView::id))
                .toList();
        for (Row row : rows) {
            String group = GA4_GROUPS.get(row.channel().strip().toLowerCase(java.util.Locale.ROOT));
            Long target = null;
            for (var channel : ordered) {
                if (row.channel().equalsIgnoreCase(String.valueOf(channel.code()))
                        || row.channel().equalsIgnoreCase(String.valueOf(channel.name()))
                        || (group != null && group.equals(channel.code()))) {
                    target = channel.id();
                    break;
                }
            }
            if (target == null) {
                if (format == ReportFormat.GA4) {
                    continue;
                }
                target = ordered.get(0).id();
            }
            result.merge(target, row.sums(), ChannelKpis::add);
        }
        return result;
    }

    /** Two sums added figure by figure (a figure missing from both stays missing). */
    public static EngagementKpi.Sums add(EngagementKpi.@Nullable Sums a, EngagementKpi.Sums b) {
        if (a == null) {
            return b;
        }
        return new EngagementKpi.Sums(
                plus(a.impressions(), b.impressions()),
                plus(a.clicks(), b.clicks()),
                plus(a.cost(), b.cost()),
                plus(a.conversions(), b.conversions()),
                plus(a.conversionValue(), b.conversionValue()),
                plus(a.newCustomers(), b.newCustomers()));
    }

    private static @Nullable BigDecimal plus(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a.add(b);
    }
}
