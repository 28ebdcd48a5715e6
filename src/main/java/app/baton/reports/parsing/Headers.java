package app.baton.reports.parsing;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The header words of each format, in English and Traditional Chinese, and how a header line is recognised: a
 * format is recognised when every one of its required fields has a column, whatever the order.
 */
final class Headers {

    private static final Pattern CURRENCY = Pattern.compile("\\s*[(（]\\s*([A-Za-z]{3})\\s*[)）]\\s*$");

    private record Spec(ReportFormat format, Set<Field> required, Map<String, Field> words) {}

    private static final List<Spec> SPECS = List.of(
            new Spec(
                    ReportFormat.BATON_TEMPLATE,
                    EnumSet.of(Field.CHANNEL, Field.CAMPAIGN, Field.IMPRESSIONS, Field.CLICKS, Field.COST),
                    words(
                            Field.DATE,
                            "date",
                            "month",
                            "日期",
                            "月份",
                            Field.CHANNEL,
                            "channel",
                            "管道",
                            "通路",
                            Field.CAMPAIGN,
                            "campaign",
                            "廣告活動",
                            Field.IMPRESSIONS,
                            "impressions",
                            "曝光",
                            Field.CLICKS,
                            "clicks",
                            "點擊",
                            Field.COST,
                            "cost",
                            "費用",
                            Field.CONVERSIONS,
                            "conversions",
                            "轉換",
                            Field.CONVERSION_VALUE,
                            "conversion_value",
                            "conversion value",
                            "轉換價值",
                            Field.NEW_CUSTOMERS,
                            "new_customers",
                            "new customers",
                            "新客數")),
            new Spec(
                    ReportFormat.META_ADS,
                    EnumSet.of(Field.PERIOD_START, Field.CAMPAIGN, Field.IMPRESSIONS, Field.COST),
                    words(
                            Field.PERIOD_START,
                            "reporting starts",
                            "開始報告",
                            Field.PERIOD_END,
                            "reporting ends",
                            "結束報告",
                            Field.CAMPAIGN,
                            "campaign name",
                            "行銷活動名稱",
                            Field.CONVERSIONS,
                            "results",
                            "成果",
                            Field.REACH,
                            "reach",
                            "觸及人數",
                            Field.IMPRESSIONS,
                            "impressions",
                            "曝光次數",
                            Field.COST,
                            "amount spent",
                            "花費金額",
                            Field.CLICKS,
                            "link clicks",
                            "連結點擊次數",
                            Field.CONVERSION_DEFINITION,
                            "result indicator",
                            "成果指標",
                            Field.ATTRIBUTION,
                            "attribution setting",
                            "歸因設定")),
            new Spec(
                    ReportFormat.GA4,
                    EnumSet.of(Field.CHANNEL, Field.SESSIONS),
                    words(
                            Field.CHANNEL,
                            "session primary channel group (default channel group)",
                            "session default channel group",
                            "session primary channel group",
                            "工作階段主要管道群組 (預設管道群組)",
                            "工作階段預設管道群組",
                            Field.USERS,
                            "users",
                            "使用者",
                            Field.SESSIONS,
                            "sessions",
                            "工作階段",
                            Field.CONVERSIONS,
                            "key events",
                            "conversions",
                            "重要事件",
                            "轉換",
                            Field.CONVERSION_VALUE,
                            "total revenue",
                            "總收益")),
            new Spec(
                    ReportFormat.GOOGLE_ADS,
                    EnumSet.of(Field.CAMPAIGN, Field.IMPRESSIONS, Field.CLICKS, Field.COST),
                    words(
                            Field.CAMPAIGN,
                            "campaign",
                            "廣告活動",
                            Field.IMPRESSIONS,
                            "impr.",
                            "impressions",
                            "曝光",
                            Field.CLICKS,
                            "clicks",
                            "點擊",
                            Field.STATED_CTR,
                            "ctr",
                            "點閱率",
                            Field.STATED_CPC,
                            "avg. cpc",
                            "平均單次點擊出價",
                            "平均單次點擊費用",
                            Field.COST,
                            "cost",
                            "費用",
                            Field.CONVERSIONS,
                            "conversions",
                            "轉換",
                            Field.STATED_CR,
                            "conv. rate",
                            "轉換率",
                            Field.STATED_CPA,
                            "cost / conv.",
                            "單次轉換費用",
                            Field.CONVERSION_VALUE,
                            "conv. value",
                            "轉換價值",
                            Field.CONVERSION_DEFINITION,
                            "conversion action",
                            "轉換動作",
                            Field.ATTRIBUTION,
                            "attribution model",
                            "歸因模式")));

    private Headers() {}

    /** A header line that was recognised: the format and which column holds which field. */
    record Match(
            ReportFormat format,
            Map<Field, Integer> columns,
            @Nullable String currency) {}

    /** The format this line is the header of, if any. */
    static Optional<Match> match(List<String> cells) {
        return match(cells, null);
    }

    /** The format this line is the header of; a vendor's saved mapping is tried after the known formats. */
    static Optional<Match> match(List<String> cells, @Nullable ColumnMapping mapping) {
        for (Spec spec : SPECS) {
            Map<Field, Integer> columns = new EnumMap<>(Field.class);
            String currency = null;
            for (int i = 0; i < cells.size(); i++) {
                String raw = cells.get(i);
                Matcher m = CURRENCY.matcher(raw);
                if (m.find()) {
                    currency = m.group(1).toUpperCase(Locale.ROOT);
                    raw = raw.substring(0, m.start());
                }
                Field field = spec.words().get(normalise(raw));
                if (field != null && !columns.containsKey(field)) {
                    columns.put(field, i);
                }
            }
            if (columns.keySet().containsAll(spec.required())) {
                return Optional.of(new Match(spec.format(), columns, currency));
            }
        }
        return mapping == null ? Optional.empty() : matchMapping(cells, mapping);
    }

    private static Optional<Match> matchMapping(List<String> cells, ColumnMapping mapping) {
        Map<Field, Integer> columns = new EnumMap<>(Field.class);
        String currency = null;
        for (int i = 0; i < cells.size(); i++) {
            String raw = cells.get(i);
            Matcher m = CURRENCY.matcher(raw);
            String bare = m.find() ? raw.substring(0, m.start()) : raw;
            Field field = mapping.columns().get(normalise(raw));
            if (field == null) {
                field = mapping.columns().get(normalise(bare));
            }
            if (field != null && !columns.containsKey(field)) {
                columns.put(field, i);
                if (field == Field.COST && !bare.equals(raw)) {
                    currency = m.group(1).toUpperCase(Locale.ROOT);
                }
            }
        }
        if (columns.size() == mapping.columns().size()) {
            return Optional.of(new Match(ReportFormat.VENDOR_MAPPING, columns, currency));
        }
        return Optional.empty();
    }

    /** Lower case, full-width folded (NFKC), BOM and surrounding spaces removed, inner spaces collapsed. */
    static String normalise(String header) {
        String text = Normalizer.normalize(header.replace("\uFEFF", ""), Normalizer.Form.NFKC);
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Map<String, Field> words(Object... pairs) {
        Map<String, Field> map = new HashMap<>();
        Field current = null;
        for (Object item : pairs) {
            if (item instanceof Field field) {
                current = field;
            } else if (current != null) {
                map.put(normalise((String) item), current);
            }
        }
        return map;
    }
}
