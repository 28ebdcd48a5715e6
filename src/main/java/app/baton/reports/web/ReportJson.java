package app.baton.reports.web;

import app.baton.reports.ChannelKpis;
import app.baton.reports.FlagText;
import app.baton.reports.checks.Flag;
import app.baton.reports.parsing.Field;
import app.baton.reports.parsing.ParsedReport;
import app.baton.shared.Kpis;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** The JSON bodies of the vendor API, built the same way for the stateless check and for an uploaded version. */
final class ReportJson {

    record FlagJson(String code, String severity, List<Integer> rows, String message) {}

    record CheckJson(
            String format,
            String month,
            int rows,
            Map<String, BigDecimal> totals,
            Map<String, @Nullable BigDecimal> kpis,
            List<FlagJson> flags,
            Map<String, Map<String, @Nullable BigDecimal>> byChannel,
            @Nullable Long versionId,
            @Nullable Integer version,
            @Nullable String encoding,
            @Nullable String currency,
            List<String> definitions) {}

    private ReportJson() {}

    static CheckJson body(
            ParsedReport report,
            YearMonth month,
            List<Flag> flags,
            MessageSource messages,
            Locale locale,
            @Nullable Long versionId,
            @Nullable Integer version,
            boolean forAgency) {
        Map<Field, BigDecimal> sums = report.totals();
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        put(totals, "impressions", sums.get(Field.IMPRESSIONS));
        put(totals, "clicks", sums.get(Field.CLICKS));
        put(totals, "cost", sums.get(Field.COST));
        put(totals, "conversions", sums.get(Field.CONVERSIONS));
        put(totals, "conversionValue", sums.get(Field.CONVERSION_VALUE));
        put(totals, "newCustomers", sums.get(Field.NEW_CUSTOMERS));
        put(totals, "sessions", sums.get(Field.SESSIONS));
        Map<String, @Nullable BigDecimal> kpis = new LinkedHashMap<>();
        kpis.put("ctr", Kpis.ctr(sums.get(Field.CLICKS), sums.get(Field.IMPRESSIONS)));
        kpis.put("cpc", Kpis.cpc(sums.get(Field.COST), sums.get(Field.CLICKS)));
        kpis.put("cpa", Kpis.cpa(sums.get(Field.COST), sums.get(Field.CONVERSIONS)));
        kpis.put("cr", Kpis.cr(sums.get(Field.CONVERSIONS), sums.get(Field.CLICKS)));
        kpis.put("roas", Kpis.roas(sums.get(Field.CONVERSION_VALUE), sums.get(Field.COST)));
        kpis.put("cac", Kpis.cac(sums.get(Field.COST), sums.get(Field.NEW_CUSTOMERS)));
        List<FlagJson> flagJson = flags.stream()
                .map(f -> new FlagJson(
                        f.code(),
                        f.severity().name(),
                        f.rows(),
                        FlagText.message(f, (key, args) -> messages.getMessage(key, args, locale), forAgency)))
                .toList();
        Map<String, Map<String, @Nullable BigDecimal>> byChannel = new LinkedHashMap<>();
        for (ChannelKpis.Row row : ChannelKpis.of(report)) {
            Map<String, @Nullable BigDecimal> values = new LinkedHashMap<>();
            row.kpis().forEach((kpi, value) -> values.put(kpi.name().toLowerCase(Locale.ROOT), value));
            values.put("cost", row.sums().cost());
            byChannel.put(row.channel(), values);
        }
        return new CheckJson(
                report.format().name(),
                month.toString(),
                report.rows().size(),
                totals,
                kpis,
                flagJson,
                byChannel,
                versionId,
                version,
                report.encoding() == null ? null : report.encoding().name(),
                report.currency(),
                List.copyOf(report.definitions()));
    }

    private static void put(Map<String, BigDecimal> totals, String name, @Nullable BigDecimal value) {
        if (value != null) {
            totals.put(name, value);
        }
    }
}
