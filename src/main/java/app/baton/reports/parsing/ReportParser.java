package app.baton.reports.parsing;

import app.baton.shared.DomainException;
import app.baton.shared.tables.Line;
import app.baton.shared.tables.Table;
import app.baton.shared.tables.TextEncoding;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a metrics file into {@link ParsedReport}. The format is recognised by the header line wherever it is (after
 * report-name and date-range lines, after {@code #} comments), the file type by its content, not its name. Refusals
 * are {@link DomainException}s with translated keys; a bad file never throws anything else.
 *
 * <p>Size (about 460 lines): one reader for CSV and XLSX with its limits and the breakdown rows, kept together so a
 * hostile file meets every limit in one place.
 */
public final class ReportParser {

    /** Limits a hostile or mistaken file cannot pass. */
    public record Limits(long maxBytes, int maxRows, int maxColumns, long maxUnzippedBytes) {

        public static Limits defaults() {
            return new Limits(20L * 1024 * 1024, 100_000, 100, 200L * 1024 * 1024);
        }

        /** The same limits for the table reader. */
        public Table.Limits table() {
            return new Table.Limits(maxBytes, maxRows, maxColumns, maxUnzippedBytes);
        }
    }

    static final int HEADER_SEARCH = 40;

    private ReportParser() {}

    /** Parses {@code content}; the name is only used in messages. */
    public static ParsedReport parse(byte[] content, Limits limits) {
        return parse(content, limits, null);
    }

    /** Parses {@code content}, trying the vendor's saved column mapping when no known format fits. */
    public static ParsedReport parse(byte[] content, Limits limits, @Nullable ColumnMapping mapping) {
        try (Table.Lines lines = Table.open(content, limits.table(), HEADER_SEARCH)) {
            return read(lines, limits, mapping);
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new DomainException("report.unreadable");
        }
    }

    /**
     * The column names of a file no known format recognised, for a vendor to map once: the first line (not a
     * {@code #} comment) with at least three filled cells. Same guards as {@link #parse}.
     */
    public static List<String> headerCandidates(byte[] content, Limits limits) {
        try (Table.Lines lines = Table.open(content, limits.table(), HEADER_SEARCH)) {
            for (int i = 0; lines.hasNext() && i < HEADER_SEARCH; i++) {
                List<String> cells = lines.next();
                String first = cells.isEmpty() ? "" : cells.get(0).strip();
                if (first.startsWith("#")) {
                    continue;
                }
                List<String> filled = cells.stream()
                        .map(String::strip)
                        .filter(c -> !c.isEmpty())
                        .toList();
                if (filled.size() >= 3) {
                    return filled.size() > limits.maxColumns() ? filled.subList(0, limits.maxColumns()) : filled;
                }
            }
            throw new DomainException("report.noHeader");
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new DomainException("report.unreadable");
        }
    }

    /** The header a known format (or the vendor's mapping) recognised, and the period the lines above it state. */
    private record Head(
            Headers.Match match,
            List<String> header,
            @Nullable LocalDate statedStart,
            @Nullable LocalDate statedEnd) {}

    private static ParsedReport read(Table.Lines lines, Limits limits, @Nullable ColumnMapping mapping) {
        return readRows(lines, limits, head(lines, limits, mapping));
    }

    /**
     * Finds the header within the first lines: {@code #} comments and a report-name or date-range line may stand above
     * it and state the period. Refusals: {@code report.unrecognised} (with the first cells seen), {@code
     * report.tooManyColumns}.
     */
    private static Head head(Table.Lines lines, Limits limits, @Nullable ColumnMapping mapping) {
        LocalDate statedStart = null;
        LocalDate statedEnd = null;
        Headers.Match match = null;
        List<String> header = List.of();
        List<String> seen = new ArrayList<>();
        for (int index = 0; lines.hasNext() && index < HEADER_SEARCH; index++) {
            List<String> cells = lines.next();
            String first = cells.isEmpty() ? "" : cells.get(0).strip();
            if (first.startsWith("#")) {
                String comment = first.substring(1).strip();
                if (comment.toLowerCase(java.util.Locale.ROOT).startsWith("start date:")) {
                    statedStart = Values.date(comment.substring(comment.indexOf(':') + 1));
                } else if (comment.toLowerCase(java.util.Locale.ROOT).startsWith("end date:")) {
                    statedEnd = Values.date(comment.substring(comment.indexOf(':') + 1));
                }
                continue;
            }
            if (cells.size() <= 3) {
                // "November 1, 2026 - November 30, 2026" arrives split at its commas
                LocalDate[] range = Values.range(String.join(",", cells));
                if (range != null) {
                    statedStart = range[0];
                    statedEnd = range[1];
                    continue;
                }
            }
            Optional<Headers.Match> found = Headers.match(cells, mapping);
            if (found.isPresent()) {
                match = found.get();
                header = cells.stream().map(String::strip).toList();
                break;
            }
            if (seen.isEmpty() && cells.stream().anyMatch(c -> !c.isBlank())) {
                cells.stream().filter(c -> !c.isBlank()).limit(12).forEach(c -> seen.add(c.strip()));
            }
        }
        if (match == null) {
            throw new DomainException("report.unrecognised", String.join(", ", seen));
        }
        if (header.size() > limits.maxColumns()) {
            throw new DomainException("report.tooManyColumns", limits.maxColumns());
        }
        return new Head(match, header, statedStart, statedEnd);
    }

    /**
     * The rows under the header: totals rows apart (the widest kept), the conversion definitions and attribution the
     * rows name, one currency. Refusals: {@code report.tooManyRows}, {@code report.noRows}, {@code
     * report.currencyMixed}.
     */
    private static ParsedReport readRows(Table.Lines lines, Limits limits, Head head) {
        List<ReportRow> rows = new ArrayList<>();
        java.util.Set<String> definitions = new java.util.TreeSet<>();
        java.util.Set<String> currencies = new java.util.TreeSet<>();
        if (head.match().currency() != null) {
            currencies.add(head.match().currency());
        }
        Integer definitionColumn = head.match().columns().get(Field.CONVERSION_DEFINITION);
        Integer attributionColumn = head.match().columns().get(Field.ATTRIBUTION);
        Integer currencyColumn = head.match().columns().get(Field.CURRENCY);
        ReportRow totals = null;
        Totals totalsScope = Totals.NONE;
        Columns columns = new Columns(head.match());
        int number = 0;
        while (lines.hasNext()) {
            List<String> cells = lines.next();
            if (blank(cells)) {
                continue;
            }
            Totals scope = totals(head.match(), cells);
            if (scope != Totals.NONE) {
                // a totals row, wherever it stands: compared with the sums when it covers every row, never counted
                if (scope.ordinal() > totalsScope.ordinal()) {
                    totals = row(columns, head.header(), cells, 0);
                    totalsScope = scope;
                }
                continue;
            }
            rows.add(row(columns, head.header(), cells, number + 1));
            if (definitionColumn != null && definitions.size() < 20 && !blank(text(cells, definitionColumn))) {
                definitions.add(
                        ParsedReport.CONVERSION + cell(cells, definitionColumn).strip());
            }
            if (attributionColumn != null && definitions.size() < 20 && !blank(text(cells, attributionColumn))) {
                definitions.add(ParsedReport.ATTRIBUTION
                        + cell(cells, attributionColumn).strip());
            }
            if (currencyColumn != null && currencies.size() < 5) {
                String code = Headers.currencyCode(cell(cells, currencyColumn));
                if (code != null) {
                    currencies.add(code);
                }
            }
            number++;
            if (number > limits.maxRows()) {
                throw new DomainException("report.tooManyRows", limits.maxRows());
            }
        }
        if (rows.isEmpty()) {
            throw new DomainException("report.noRows");
        }
        if (currencies.size() > 1) {
            throw new DomainException("report.currencyMixed", String.join(", ", currencies));
        }
        TextEncoding.Told told = lines.encoding();
        return new ParsedReport(
                head.match().format(),
                head.header(),
                rows,
                totals,
                head.statedStart(),
                head.statedEnd(),
                currencies.isEmpty() ? null : currencies.iterator().next(),
                definitions,
                told == null ? null : told.encoding(),
                told != null && told.detected());
    }

    private static boolean blank(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (!blank(Line.text(cells, i))) {
                return false;
            }
        }
        return true;
    }

    /** As {@link String#isBlank()}, for a cell's characters. */
    private static boolean blank(CharSequence cell) {
        for (int i = 0; i < cell.length(); i++) {
            if (!Character.isWhitespace(cell.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * What a totals row covers. Google Ads writes several ({@code Total: Account}, {@code Total: Campaigns},
     * {@code Total: Search}…): the one over the rows listed is compared, the account's when there is no other, a
     * network's or a type's never.
     */
    private enum Totals {
        NONE,
        PART,
        ACCOUNT,
        ALL
    }

    private static final java.util.regex.Pattern TOTAL = java.util.regex.Pattern.compile(
            "^(?:grand\\s+)?(?:total|總計|合計|总计)\\s*(?:[:：\\-–]\\s*(.*))?$", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final java.util.Set<String> WHOLE_ACCOUNT = java.util.Set.of("account", "帳戶", "账户");

    private static final java.util.Set<String> ALL_ROWS = java.util.Set.of(
            "campaigns", "all campaigns", "filtered campaigns", "廣告活動", "所有廣告活動", "已篩選的廣告活動", "ad groups", "廣告群組");

    /** A cheap look at the first letter before the pattern: most rows start with a date, a status or a name. */
    private static boolean mayBeTotal(CharSequence cell) {
        int i = 0;
        while (Character.isWhitespace(cell.charAt(i))) {
            i++;
        }
        char first = cell.charAt(i);
        return first == 'T'
                || first == 't'
                || first == 'G'
                || first == 'g'
                || first == 'Ｔ'
                || first == 'ｔ'
                || first == 'Ｇ'
                || first == 'ｇ'
                || first == '總'
                || first == '合'
                || first == '总';
    }

    private static Totals totals(Headers.Match match, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            CharSequence text = Line.text(cells, i);
            if (blank(text)) {
                continue;
            }
            if (!mayBeTotal(text)) {
                break;
            }
            java.util.regex.Matcher m =
                    TOTAL.matcher(java.text.Normalizer.normalize(cells.get(i), java.text.Normalizer.Form.NFKC)
                            .strip());
            if (!m.matches()) {
                break;
            }
            String scope = m.group(1) == null ? "" : m.group(1).strip().toLowerCase(java.util.Locale.ROOT);
            if (scope.isEmpty() || ALL_ROWS.contains(scope)) {
                return Totals.ALL;
            }
            return WHOLE_ACCOUNT.contains(scope) ? Totals.ACCOUNT : Totals.PART;
        }
        if (match.format() == ReportFormat.META_ADS) {
            // Meta's results row: no campaign name (nor ad set or ad name where the file has them)
            Integer campaign = match.columns().get(Field.CAMPAIGN);
            Integer adSet = match.columns().get(Field.AD_GROUP);
            Integer ad = match.columns().get(Field.AD);
            if (campaign != null
                    && blank(text(cells, campaign))
                    && (adSet == null || blank(text(cells, adSet)))
                    && (ad == null || blank(text(cells, ad)))) {
                return Totals.ALL;
            }
        }
        return Totals.NONE;
    }

    /**
     * The recognised columns as two arrays, and one scratch for a row's figures: what {@link #row} needs, made once
     * per file rather than once per row (no map iterator, no figure array per row).
     */
    private static final class Columns {
        private static final int RECENT = 8;

        final Field[] fields;
        final int[] indexes;
        final boolean[] bareShare;
        final ReportRow.Figures figures = new ReportRow.Figures();
        /**
         * Channel and campaign names as cleaned, by the cell's text: a report repeats a few thousand names over its
         * rows, so each is cleaned once and every row shares one string (a third less live heap for 100,000 rows).
         */
        private final Map<String, String> names = new java.util.HashMap<>();
        /**
         * The last few channels' and campaigns' cells and names, looked at before the map without making the cell's
         * string: a file has a few channels, and lists a campaign's days one after another.
         */
        private final String[][] recentCells = new String[2][RECENT];

        private final String[][] recentNames = new String[2][RECENT];
        private final int[] nextRecent = new int[2];
        private final Map<Integer, LocalDate> dates = new java.util.HashMap<>();

        String name(CharSequence text, boolean clean) {
            int slot = clean ? 1 : 0;
            String[] cells = recentCells[slot];
            // the most recent first: a campaign's rows come one after another
            for (int k = 1; k <= RECENT; k++) {
                int i = (nextRecent[slot] - k + RECENT) % RECENT;
                if (cells[i] != null && cells[i].contentEquals(text)) {
                    return recentNames[slot][i];
                }
            }
            String cell = text.toString();
            String known = names.get(cell);
            if (known == null) {
                known = clean ? app.baton.shared.Names.clean(cell) : cell.strip();
                if (names.size() < 50_000) {
                    names.put(cell, known);
                }
            }
            int i = nextRecent[slot];
            cells[i] = cell;
            recentNames[slot][i] = known;
            nextRecent[slot] = (i + 1) % RECENT;
            return known;
        }

        /**
         * A date cell: {@code yyyy-MM-dd} read from its digits and made once per day in the file (a report's 100,000
         * rows fall on a few hundred days), any other way of writing it by {@link Values#date}.
         */
        @Nullable
        LocalDate date(CharSequence text) {
            int key = Values.isoDateKey(text);
            if (key < 0) {
                return Values.date(text);
            }
            LocalDate known = dates.get(key);
            if (known == null && dates.size() < 10_000) {
                known = Values.date(text);
                if (known != null) {
                    dates.put(key, known);
                }
                return known;
            }
            return known == null ? Values.date(text) : known;
        }

        Columns(Headers.Match match) {
            int n = match.columns().size();
            fields = new Field[n];
            indexes = new int[n];
            bareShare = new boolean[n];
            int i = 0;
            for (Map.Entry<Field, Integer> column : match.columns().entrySet()) {
                fields[i] = column.getKey();
                indexes[i] = column.getValue();
                bareShare[i] = match.bareShares().contains(column.getKey());
                i++;
            }
        }
    }

    private static ReportRow row(Columns columns, List<String> header, List<String> cells, int number) {
        ReportRow.Figures figures = columns.figures;
        figures.clear();
        LocalDate date = null;
        LocalDate start = null;
        LocalDate end = null;
        String channel = null;
        String campaign = null;
        StringBuilder breakdown = null;
        for (int c = 0; c < columns.fields.length; c++) {
            Field field = columns.fields[c];
            CharSequence value = text(cells, columns.indexes[c]);
            if (field.breakdown()) {
                if (!blank(value)) {
                    breakdown = breakdown == null ? new StringBuilder() : breakdown.append(" · ");
                    breakdown.append(app.baton.shared.Names.clean(value.toString()));
                }
                continue;
            }
            switch (field) {
                case DATE -> date = columns.date(value);
                case PERIOD_START -> start = columns.date(value);
                case PERIOD_END -> end = columns.date(value);
                case CHANNEL -> channel = blank(value) ? null : columns.name(value, false);
                case CAMPAIGN -> campaign = blank(value) ? null : columns.name(value, true);
                case CONVERSION_DEFINITION, ATTRIBUTION, CURRENCY -> {
                    // kept per report, not per row
                }
                default -> {
                    try {
                        Values.number(value, columns.bareShare[c], figures, field);
                    } catch (NumberFormatException e) {
                        throw new DomainException(
                                "report.badValue",
                                number,
                                header.get(columns.indexes[c]),
                                value.toString().strip());
                    }
                }
            }
        }
        return new ReportRow(
                number, date, start, end, channel, campaign, breakdown == null ? null : breakdown.toString(), figures);
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    /** A cell's characters without a string where the line allows it; empty past the line's end. */
    private static CharSequence text(List<String> cells, int index) {
        return index < cells.size() ? Line.text(cells, index) : "";
    }
}
