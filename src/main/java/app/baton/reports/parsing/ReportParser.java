package app.baton.reports.parsing;

import app.baton.shared.DomainException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;

/**
 * Reads a metrics file into {@link ParsedReport}. The format is recognised by the header line wherever it is (after
 * report-name and date-range lines, after {@code #} comments), the file type by its content, not its name. Refusals
 * are {@link DomainException}s with translated keys; a bad file never throws anything else.
 */
public final class ReportParser {

    /** Limits a hostile or mistaken file cannot pass. */
    public record Limits(long maxBytes, int maxRows, int maxColumns, long maxUnzippedBytes) {

        public static Limits defaults() {
            return new Limits(20L * 1024 * 1024, 100_000, 100, 200L * 1024 * 1024);
        }
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    static final int HEADER_SEARCH = 40;
    private static final org.apache.tika.Tika TIKA = new org.apache.tika.Tika();

    private ReportParser() {}

    /** Parses {@code content}; the name is only used in messages. */
    public static ParsedReport parse(byte[] content, Limits limits) {
        return parse(content, limits, null);
    }

    /** Parses {@code content}, trying the vendor's saved column mapping when no known format fits. */
    public static ParsedReport parse(byte[] content, Limits limits, @Nullable ColumnMapping mapping) {
        try (Lines lines = open(content, limits)) {
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
        try (Lines lines = open(content, limits)) {
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

    /**
     * The guards every read goes through — size, emptiness, type told by the content — then the file's lines. A PDF,
     * an image or any other known binary named .csv or .xlsx is refused; text Tika cannot name (a Big5 CSV from a
     * Traditional Chinese Excel) goes on to be told it must be UTF-8.
     */
    private static Lines open(byte[] content, Limits limits) throws IOException {
        if (content.length > limits.maxBytes()) {
            throw new DomainException("report.tooLarge", limits.maxBytes() / (1024 * 1024));
        }
        if (content.length == 0) {
            throw new DomainException("report.empty");
        }
        boolean zip = startsWith(content, ZIP);
        String type = zip ? "" : TIKA.detect(content);
        if (!zip && !type.startsWith("text/") && !type.equals("application/octet-stream")) {
            throw new DomainException("report.notSpreadsheet");
        }
        return zip ? xlsx(content, limits) : csv(content, limits);
    }

    private static ParsedReport read(Lines lines, Limits limits, @Nullable ColumnMapping mapping) {
        LocalDate statedStart = null;
        LocalDate statedEnd = null;
        Headers.Match match = null;
        int index = 0;
        List<String> header = List.of();
        List<String> seen = new ArrayList<>();
        for (; lines.hasNext() && index < HEADER_SEARCH; index++) {
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
                index++;
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
        List<ReportRow> rows = new ArrayList<>();
        java.util.Set<String> definitions = new java.util.TreeSet<>();
        Integer definitionColumn = match.columns().get(Field.CONVERSION_DEFINITION);
        Integer attributionColumn = match.columns().get(Field.ATTRIBUTION);
        ReportRow totals = null;
        int number = 0;
        while (lines.hasNext()) {
            List<String> cells = lines.next();
            if (blank(cells)) {
                continue;
            }
            boolean isTotals = isTotals(match, cells);
            ReportRow row = row(match, header, cells, isTotals ? 0 : number + 1);
            if (isTotals) {
                totals = row;
            } else {
                rows.add(row);
                if (definitionColumn != null
                        && definitions.size() < 20
                        && !cell(cells, definitionColumn).isBlank()) {
                    definitions.add(
                            "conversion: " + cell(cells, definitionColumn).strip());
                }
                if (attributionColumn != null
                        && definitions.size() < 20
                        && !cell(cells, attributionColumn).isBlank()) {
                    definitions.add(
                            "attribution: " + cell(cells, attributionColumn).strip());
                }
                number++;
                if (number > limits.maxRows()) {
                    throw new DomainException("report.tooManyRows", limits.maxRows());
                }
            }
        }
        if (rows.isEmpty()) {
            throw new DomainException("report.noRows");
        }
        return new ParsedReport(
                match.format(), header, rows, totals, statedStart, statedEnd, match.currency(), definitions);
    }

    private static boolean blank(List<String> cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTotals(Headers.Match match, List<String> cells) {
        String first = cells.isEmpty() ? "" : cells.get(0).strip().toLowerCase(java.util.Locale.ROOT);
        if (first.startsWith("total") || first.startsWith("總計") || first.startsWith("合計")) {
            return true;
        }
        if (match.format() == ReportFormat.META_ADS) {
            Integer campaign = match.columns().get(Field.CAMPAIGN);
            return campaign != null && cell(cells, campaign).isBlank();
        }
        return false;
    }

    private static ReportRow row(Headers.Match match, List<String> header, List<String> cells, int number) {
        @Nullable BigDecimal[] figures = new BigDecimal[Field.values().length];
        LocalDate date = null;
        LocalDate start = null;
        LocalDate end = null;
        String channel = null;
        String campaign = null;
        for (Map.Entry<Field, Integer> column : match.columns().entrySet()) {
            Field field = column.getKey();
            String value = cell(cells, column.getValue());
            switch (field) {
                case DATE -> date = Values.date(value);
                case PERIOD_START -> start = Values.date(value);
                case PERIOD_END -> end = Values.date(value);
                case CHANNEL -> channel = value.isBlank() ? null : value.strip();
                case CAMPAIGN -> campaign = value.isBlank() ? null : app.baton.shared.Names.clean(value);
                case CONVERSION_DEFINITION, ATTRIBUTION -> {
                    // kept per report as its definitions, not per row
                }
                default -> {
                    try {
                        BigDecimal number2 = Values.number(value, false);
                        if (number2 != null) {
                            figures[field.ordinal()] = number2;
                        }
                    } catch (NumberFormatException e) {
                        throw new DomainException(
                                "report.badValue", number, header.get(column.getValue()), value.strip());
                    }
                }
            }
        }
        return new ReportRow(number, date, start, end, channel, campaign, figures);
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    /** The lines of a file, one list of cells each, read as they are asked for; closing releases the reader. */
    private interface Lines extends Iterator<List<String>>, AutoCloseable {
        @Override
        void close() throws IOException;
    }

    private static Lines csv(byte[] content, Limits limits) throws IOException {
        for (byte b : content) {
            if (b == 0) {
                throw new DomainException("report.notSpreadsheet");
            }
        }
        int bom = content.length >= 3
                        && (content[0] & 0xFF) == 0xEF
                        && (content[1] & 0xFF) == 0xBB
                        && (content[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        // the delimiter is told from the first lines; the rest is decoded while it is read, never held twice
        char delimiter = delimiter(utf8Sample(content, bom, Math.min(content.length, bom + 16_384)));
        Reader decoded = new java.io.InputStreamReader(
                new ByteArrayInputStream(content, bom, content.length - bom),
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(false)
                .get();
        CSVParser parser = CSVParser.parse(decoded, format);
        Iterator<CSVRecord> records = parser.iterator();
        return new Lines() {
            private int count;

            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (java.io.UncheckedIOException e) {
                    throw e.getCause() instanceof CharacterCodingException ? new DomainException("report.notUtf8") : e;
                }
            }

            @Override
            public List<String> next() {
                CSVRecord record;
                try {
                    record = records.next();
                } catch (java.io.UncheckedIOException e) {
                    throw e.getCause() instanceof CharacterCodingException ? new DomainException("report.notUtf8") : e;
                }
                if (++count > limits.maxRows() + HEADER_SEARCH + 1) {
                    throw new DomainException("report.tooManyRows", limits.maxRows());
                }
                if (record.size() > limits.maxColumns()) {
                    throw new DomainException("report.tooManyColumns", limits.maxColumns());
                }
                // a view of the record's cells, not a copy of them
                return new java.util.AbstractList<String>() {
                    @Override
                    public String get(int index) {
                        return record.get(index);
                    }

                    @Override
                    public int size() {
                        return record.size();
                    }
                };
            }

            @Override
            public void close() throws IOException {
                parser.close();
            }
        };
    }

    private static char delimiter(String text) {
        // the delimiter the first real lines use most
        String sample =
                text.lines().filter(l -> !l.strip().startsWith("#")).limit(10).reduce("", (a, b) -> a + b);
        long commas = sample.chars().filter(c -> c == ',').count();
        long semicolons = sample.chars().filter(c -> c == ';').count();
        long tabs = sample.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** The text of the first bytes of a UTF-8 file, leaving out a character the cut fell into. */
    private static String utf8Sample(byte[] content, int from, int to) {
        int end = to;
        if (to < content.length) {
            int i = to - 1;
            while (i > from && (content[i] & 0xC0) == 0x80) {
                i--;
            }
            if ((content[i] & 0x80) != 0) {
                end = i;
            }
        }
        return utf8(java.util.Arrays.copyOfRange(content, from, end));
    }

    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DomainException("report.notUtf8");
        }
    }

    private static Lines xlsx(byte[] content, Limits limits) throws IOException {
        WorkbookGuard.check(content, limits);
        ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
        Stream<Row> rows;
        try {
            rows = workbook.getFirstSheet().openStream();
        } catch (IOException | RuntimeException e) {
            workbook.close();
            throw e;
        }
        Iterator<Row> iterator = rows.iterator();
        return new Lines() {
            private int count;

            @Override
            public boolean hasNext() {
                return iterator.hasNext();
            }

            @Override
            public List<String> next() {
                Row row = iterator.next();
                if (++count > limits.maxRows() + HEADER_SEARCH + 1) {
                    throw new DomainException("report.tooManyRows", limits.maxRows());
                }
                if (row.getCellCount() > limits.maxColumns()) {
                    throw new DomainException("report.tooManyColumns", limits.maxColumns());
                }
                String[] cells = new String[row.getCellCount()];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = text(row.getCell(i));
                }
                return Arrays.asList(cells);
            }

            @Override
            public void close() throws IOException {
                rows.close();
                workbook.close();
            }
        };
    }

    private static String text(@Nullable Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            return cell.asNumber().stripTrailingZeros().toPlainString();
        }
        return cell.getText();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
