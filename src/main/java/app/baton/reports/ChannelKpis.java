package app.baton.reports;

import app.baton.reports.parsing.Field;
import app.baton.reports.parsing.ReportFormat;
import app.baton.reports.parsing.ReportRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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

    public static List<Row> of(List<ReportRow> rows, ReportFormat format) {
        Map<String, BigDecimal[]> byChannel = new LinkedHashMap<>();
        Field[] fields = {
            Field.IMPRESSIONS, Field.CLICKS, Field.COST, Field.CONVERSIONS, Field.CONVERSION_VALUE, Field.NEW_CUSTOMERS
        };
        for (ReportRow row : rows) {
            String channel = row.channel() != null ? row.channel() : fallback(format);
            BigDecimal[] sums = byChannel.computeIfAbsent(channel, c -> new BigDecimal[fields.length]);
            for (int i = 0; i < fields.length; i++) {
                BigDecimal value = row.figure(fields[i]);
                if (value != null) {
                    sums[i] = sums[i] == null ? value : sums[i].add(value);
                }
            }
        }
        List<Row> result = new ArrayList<>();
        byChannel.forEach((channel, s) -> {
            EngagementKpi.Sums sums = new EngagementKpi.Sums(s[0], s[1], s[2], s[3], s[4], s[5]);
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
            result.add(new Row(channel, sums, kpis));
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
}
