package app.baton.shared.tables;

import app.baton.shared.DomainException;
import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;

/**
 * The lines of an uploaded table — CSV or tab-separated text in any encoding {@link TextEncoding} tells, or the first
 * sheet of an XLSX workbook checked by {@link WorkbookGuard} — read one at a time, for the agencies' report files and
 * the company's own sales exports alike. Refusals are {@link DomainException}s with translated keys.
 */
public final class Table {

    /** Limits a hostile or mistaken file cannot pass. */
    public record Limits(long maxBytes, int maxRows, int maxColumns, long maxUnzippedBytes) {}

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final java.math.MathContext EXCEL_DIGITS = new java.math.MathContext(15);
    private static final org.apache.tika.Tika TIKA = new org.apache.tika.Tika();

    private Table() {}

    /**
     * The guards every read goes through — size, emptiness, type told by the content — then the file's lines. A PDF,
     * an image or any other known binary named .csv or .xlsx is refused; text Tika cannot name (a Big5 CSV from a
     * Traditional Chinese Excel) goes on to be told it must be UTF-8.
     */
    public static Lines open(byte[] content, Limits limits, int headerAllowance) throws IOException {
        return open(java.nio.ByteBuffer.wrap(content), limits, headerAllowance);
    }

    /**
     * As {@link #open(byte[], Limits, int)} for the bytes from the buffer's position to its limit: a large CSV mapped
     * from its file is read in place, never copied onto the heap (a workbook is, to be checked whole).
     */
    public static Lines open(java.nio.ByteBuffer content, Limits limits, int headerAllowance) throws IOException {
        if (content.remaining() > limits.maxBytes()) {
            throw new DomainException("report.tooLarge", limits.maxBytes() / (1024 * 1024));
        }
        if (content.remaining() == 0) {
            throw new DomainException("report.empty");
        }
        boolean zip = startsWith(content, ZIP);
        String type = zip ? "" : TIKA.detect(head(content, 64 * 1024));
        if (!zip && !type.startsWith("text/") && !type.equals("application/octet-stream")) {
            throw new DomainException("report.notSpreadsheet");
        }
        return zip
                ? xlsx(head(content, content.remaining()), limits, headerAllowance)
                : csv(content, limits, headerAllowance);
    }

    /**
     * The lines of a file, one list of cells each, read as they are asked for; closing releases the reader. A CSV
     * file's lines are one {@link Line} read over and over: a line is valid until the next; copy what you keep.
     */
    public interface Lines extends Iterator<List<String>>, AutoCloseable {
        @Override
        void close() throws IOException;

        /** The text encoding the lines were read in and whether it was detected; {@code null} for a workbook. */
        default TextEncoding.@Nullable Told encoding() {
            return null;
        }
    }

    /** Whether a zero byte (never in text but UTF-16) lies in [from, to); eight bytes at a time. */
    static boolean hasZeroByte(java.nio.ByteBuffer content, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long v = content.getLong(i);
            if (((v - 0x0101010101010101L) & ~v & 0x8080808080808080L) != 0) {
                break;
            }
        }
        for (; i < to; i++) {
            if (content.get(i) == 0) {
                return true;
            }
        }
        return false;
    }

    private static Lines csv(java.nio.ByteBuffer content, Limits limits, int headerAllowance) throws IOException {
        int start = content.position();
        int length = content.remaining();
        boolean utf16 = length >= 2
                && (((content.get(start) & 0xFF) == 0xFF && (content.get(start + 1) & 0xFF) == 0xFE)
                        || ((content.get(start) & 0xFF) == 0xFE && (content.get(start + 1) & 0xFF) == 0xFF));
        if (!utf16 && hasZeroByte(content, start, start + length)) {
            throw new DomainException("report.notSpreadsheet");
        }
        TextEncoding.Told told = TextEncoding.of(content);
        // the delimiter is told from the first lines; the rest is decoded while it is read, never held twice
        java.nio.ByteBuffer body = content.duplicate();
        body.position(start + told.skip());
        int sampleBytes = Math.min(body.remaining(), 16_384);
        char delimiter =
                delimiter(new String(head(body, sampleBytes), told.encoding().charset()));
        Reader decoded = new java.io.InputStreamReader(
                new java.io.BufferedInputStream(stream(body), 65_536),
                told.encoding()
                        .charset()
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        CsvReader<Line> reader = CsvReader.builder()
                .fieldSeparator(delimiter)
                .quoteCharacter('"')
                .commentStrategy(CommentStrategy.NONE)
                .skipEmptyLines(true)
                // a spreadsheet's rows may end early or run on; the readers judge the cells they need
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                // a quote never closed would swallow the rest of the file into one cell: refused instead
                .allowUnclosedQuote(false)
                .build(new LineHandler(), decoded);
        Iterator<Line> records = reader.iterator();
        return new Lines() {
            private int count;

            @Override
            public TextEncoding.Told encoding() {
                return told;
            }

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
                Line record;
                try {
                    record = records.next();
                } catch (java.io.UncheckedIOException e) {
                    throw e.getCause() instanceof CharacterCodingException ? new DomainException("report.notUtf8") : e;
                }
                if (++count > limits.maxRows() + headerAllowance + 1) {
                    throw new DomainException("report.tooManyRows", limits.maxRows());
                }
                if (record.size() > limits.maxColumns()) {
                    throw new DomainException("report.tooManyColumns", limits.maxColumns());
                }
                return record;
            }

            @Override
            public void close() throws IOException {
                reader.close();
            }
        };
    }

    /** FastCSV's cells copied into the file's one {@link Line}: no string per cell. */
    private static final class LineHandler extends AbstractBaseCsvCallbackHandler<Line> {
        private final Line line = new Line();

        @Override
        protected void handleBegin(long startingLineNumber) {
            line.reset();
        }

        @Override
        protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
            line.add(buf, offset, len);
        }

        @Override
        protected Line buildRecord() {
            return line;
        }
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

    private static Lines xlsx(byte[] content, Limits limits, int headerAllowance) throws IOException {
        WorkbookGuard.check(content, limits, headerAllowance);
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
                if (++count > limits.maxRows() + headerAllowance + 1) {
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
            // a workbook stores binary doubles (4359.2900000000009): read them as Excel shows them, to 15 digits
            return cell.asNumber().round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
        }
        return cell.getText();
    }

    /** The first {@code n} bytes from the buffer's position, copied (its position is left as it was). */
    private static byte[] head(java.nio.ByteBuffer content, int n) {
        byte[] bytes = new byte[Math.min(n, content.remaining())];
        content.duplicate().get(bytes);
        return bytes;
    }

    /** The buffer's bytes from its position, as a stream. */
    private static java.io.InputStream stream(java.nio.ByteBuffer buffer) {
        java.nio.ByteBuffer in = buffer.duplicate();
        return new java.io.InputStream() {
            @Override
            public int read() {
                return in.hasRemaining() ? in.get() & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (!in.hasRemaining()) {
                    return -1;
                }
                int n = Math.min(len, in.remaining());
                in.get(b, off, n);
                return n;
            }
        };
    }

    private static boolean startsWith(java.nio.ByteBuffer content, byte[] prefix) {
        if (content.remaining() < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content.get(content.position() + i) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
