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
 *
 * <p>Size (about 400 lines): most of it is the vocabulary itself — each export's header words in both languages.
 */
final class Headers {

    private static final Pattern CURRENCY = Pattern.compile("\\s*[(（]\\s*([A-Za-z]{3})\\s*[)）]\\s*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BRACKET = Pattern.compile(" ?\\( ?");
    private static final Pattern SLASH = Pattern.compile(" ?/ ?");

    /**
     * A format: the fields it needs, its header words, and the stated shares it writes as percent without a sign
     * (Meta's {@code CTR (link click-through rate)} says {@code 1.69} for 1.69 %).
     */
    private record Spec(ReportFormat format, Set<Field> required, Map<String, Field> words, Set<Field> bareShares) {}

    private static final List<Spec> SPECS = List.of(
            new Spec(
                    ReportFormat.BATON_TEMPLATE,
                    EnumSet.of(Field.CHANNEL, Field.CAMPAIGN, Field.IMPRESSIONS, Field.CLICKS, Field.COST),
                    words(
                            Field.DATE,
                            "date",
                            "day",
                            "month",
                            "日期",
                            "日",
                            "月份",
                            Field.CHANNEL,
                            "channel",
                            "管道",
                            "通路",
                            Field.CAMPAIGN,
                            "campaign",
                            "廣告活動",
                            Field.AD_GROUP,
                            "ad group",
                            "ad set",
                            "廣告群組",
                            "廣告組合",
                            Field.IMPRESSIONS,
                            "impressions",
                            "曝光",
                            "曝光次數",
                            Field.CLICKS,
                            "clicks",
                            "點擊",
                            "點擊次數",
                            Field.COST,
                            "cost",
                            "費用",
                            Field.CONVERSIONS,
                            "conversions",
                            "轉換",
                            "轉換次數",
                            Field.CONVERSION_VALUE,
                            "conversion_value",
                            "conversion value",
                            "轉換價值",
                            Field.NEW_CUSTOMERS,
                            "new_customers",
                            "new customers",
                            "新客數",
                            Field.CURRENCY,
                            "currency",
                            "幣別"),
                    Set.of()),
            new Spec(
                    ReportFormat.META_ADS,
                    EnumSet.of(Field.PERIOD_START, Field.CAMPAIGN, Field.IMPRESSIONS, Field.COST),
                    words(
                            Field.DATE,
                            "day",
                            "date",
                            "日",
                            "天",
                            "日期",
                            Field.PERIOD_START,
                            "reporting starts",
                            "開始報告",
                            "報告開始",
                            Field.PERIOD_END,
                            "reporting ends",
                            "結束報告",
                            "報告結束",
                            Field.CAMPAIGN,
                            "campaign name",
                            "行銷活動名稱",
                            Field.AD_GROUP,
                            "ad set name",
                            "廣告組合名稱",
                            Field.AD,
                            "ad name",
                            "廣告名稱",
                            Field.AGE,
                            "age",
                            "年齡",
                            Field.GENDER,
                            "gender",
                            "性別",
                            Field.PLACEMENT,
                            "placement",
                            "版位",
                            Field.NETWORK,
                            "platform",
                            "平台",
                            Field.DEVICE,
                            "impression device",
                            "device platform",
                            "曝光裝置",
                            "裝置平台",
                            Field.REGION,
                            "region",
                            "地區",
                            Field.CURRENCY,
                            "currency",
                            "幣別",
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
                            Field.STATED_CPC,
                            "cpc (cost per link click)",
                            "cpc(單次連結點擊成本)",
                            Field.STATED_CTR,
                            "ctr (link click-through rate)",
                            "ctr(連結點閱率)",
                            Field.STATED_CPA,
                            "cost per results",
                            "cost per result",
                            "每次成果成本",
                            Field.STATED_CPM,
                            "cpm (cost per 1,000 impressions)",
                            "cpm(每千次廣告曝光成本)",
                            Field.STATED_ROAS,
                            "purchase roas (return on ad spend)",
                            "purchase roas",
                            "購買 roas(廣告投資報酬率)",
                            "購買roas(廣告投資報酬率)",
                            Field.CONVERSION_VALUE,
                            "purchases conversion value",
                            "website purchases conversion value",
                            "購買轉換值",
                            "網站購買轉換值",
                            Field.CONVERSION_DEFINITION,
                            "result indicator",
                            "成果指標",
                            Field.ATTRIBUTION,
                            "attribution setting",
                            "歸因設定"),
                    EnumSet.of(Field.STATED_CTR)),
            new Spec(
                    ReportFormat.GA4,
                    EnumSet.of(Field.CHANNEL, Field.SESSIONS),
                    words(
                            Field.DATE,
                            "date",
                            "日期",
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
                            "總收益"),
                    Set.of()),
            new Spec(
                    ReportFormat.GOOGLE_ADS,
                    EnumSet.of(Field.CAMPAIGN, Field.IMPRESSIONS, Field.CLICKS, Field.COST),
                    words(
                            Field.DATE,
                            "day",
                            "date",
                            "日",
                            "天",
                            "日期",
                            Field.CAMPAIGN,
                            "campaign",
                            "廣告活動",
                            Field.AD_GROUP,
                            "ad group",
                            "廣告群組",
                            Field.AD,
                            "ad",
                            "ad name",
                            "廣告",
                            "廣告名稱",
                            Field.DEVICE,
                            "device",
                            "裝置",
                            Field.NETWORK,
                            "network (with search partners)",
                            "network",
                            "聯播網 (包括搜尋夥伴)",
                            "聯播網 (含搜尋夥伴)",
                            "聯播網",
                            Field.CURRENCY,
                            "currency code",
                            "currency",
                            "貨幣代碼",
                            "幣別",
                            Field.IMPRESSIONS,
                            "impr.",
                            "impressions",
                            "曝光",
                            "曝光次數",
                            Field.CLICKS,
                            "clicks",
                            "點擊",
                            "點擊次數",
                            Field.STATED_CTR,
                            "ctr",
                            "點閱率",
                            Field.STATED_CPC,
                            "avg. cpc",
                            "平均單次點擊出價",
                            "平均單次點擊費用",
                            Field.STATED_CPM,
                            "avg. cpm",
                            "平均千次曝光出價",
                            "平均千次曝光費用",
                            Field.COST,
                            "cost",
                            "費用",
                            Field.CONVERSIONS,
                            "conversions",
                            "轉換",
                            "轉換次數",
                            Field.STATED_CR,
                            "conv. rate",
                            "轉換率",
                            Field.STATED_CPA,
                            "cost / conv.",
                            "單次轉換費用",
                            Field.CONVERSION_VALUE,
                            "conv. value",
                            "轉換價值",
                            Field.STATED_ROAS,
                            "conv. value / cost",
                            "轉換價值/費用",
                            "轉換價值 / 費用",
                            Field.CONVERSION_DEFINITION,
                            "conversion action",
                            "轉換動作",
                            Field.ATTRIBUTION,
                            "attribution model",
                            "歸因模式",
                            "歸因模型"),
                    Set.of()));

    private Headers() {}

    /** A header line that was recognised: the format and which column holds which field. */
    record Match(
            ReportFormat format,
            Map<Field, Integer> columns,
            @Nullable String currency,
            Set<Field> bareShares) {}

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
                String code = m.find() ? currencyCode(m.group(1)) : null;
                if (code != null) {
                    currency = code;
                    raw = raw.substring(0, m.start());
                }
                Field field = spec.words().get(normalise(raw));
                if (field != null && !columns.containsKey(field)) {
                    columns.put(field, i);
                }
            }
            if (columns.keySet().containsAll(spec.required())) {
                return Optional.of(new Match(spec.format(), columns, currency, spec.bareShares()));
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
            String bare = m.find() && currencyCode(m.group(1)) != null ? raw.substring(0, m.start()) : raw;
            Field field = mapping.columns().get(normalise(raw));
            if (field == null) {
                field = mapping.columns().get(normalise(bare));
            }
            if (field != null && !columns.containsKey(field)) {
                columns.put(field, i);
                if (field == Field.COST && !bare.equals(raw)) {
                    currency = currencyCode(m.group(1));
                }
            }
        }
        if (columns.size() == mapping.columns().size()) {
            return Optional.of(new Match(ReportFormat.VENDOR_MAPPING, columns, currency, Set.of()));
        }
        return Optional.empty();
    }

    /**
     * The ISO 4217 code a header or a currency column names, or {@code null}: Taiwan's common {@code NTD} is TWD and
     * {@code RMB} is CNY; three letters that are no currency ({@code 點閱率 (CTR)}, {@code 費用 (CPC)}) are not one.
     */
    static @Nullable String currencyCode(String text) {
        String code = text.strip().toUpperCase(Locale.ROOT);
        code = switch (code) {
            case "NTD" -> "TWD";
            case "RMB" -> "CNY";
            default -> code;
        };
        if (!code.matches("[A-Z]{3}")) {
            return null;
        }
        try {
            java.util.Currency.getInstance(code);
            return code;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Lower case, full-width folded (NFKC), BOM and surrounding spaces removed, inner spaces collapsed, and no space
     * before an opening bracket or around a slash ({@code CTR(連結點閱率)} and {@code CTR (連結點閱率)} are one header).
     */
    static String normalise(String header) {
        String text = Normalizer.normalize(header.replace("\uFEFF", ""), Normalizer.Form.NFKC);
        return SLASH.matcher(BRACKET.matcher(SPACES.matcher(text.strip()).replaceAll(" "))
                        .replaceAll("("))
                .replaceAll("/")
                .toLowerCase(Locale.ROOT);
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
