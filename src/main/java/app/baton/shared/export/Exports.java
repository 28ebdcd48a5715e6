package app.baton.shared.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes tables as CSV (UTF-8 with a byte-order mark, so Excel opens Chinese text correctly) or as an XLSX
 * workbook with one sheet per table. Text cells are neutralised ({@link SafeCells}); numbers stay numbers.
 */
public final class Exports {

    public static final String CSV_TYPE = "text/csv;charset=UTF-8";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Exports() {}

    public static void csv(Table table, OutputStream out) {
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
                printer.printRecord(
                        table.headers().stream().map(SafeCells::neutralise).toList());
                for (List<@Nullable Object> row : table.rows()) {
                    printer.printRecord(row.stream().map(Table::text).toList());
                }
                printer.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] csv(Table table) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        csv(table, out);
        return out.toByteArray();
    }

    public static void xlsx(List<Table> tables, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Baton", "1.0");
            java.util.Set<String> used = new java.util.HashSet<>();
            for (Table table : tables) {
                Worksheet sheet = workbook.newWorksheet(sheetName(table.name(), used));
                for (int c = 0; c < table.headers().size(); c++) {
                    sheet.value(0, c, SafeCells.neutralise(table.headers().get(c)));
                    sheet.style(0, c).bold().set();
                }
                int r = 1;
                for (List<@Nullable Object> row : table.rows()) {
                    for (int c = 0; c < row.size(); c++) {
                        Object cell = row.get(c);
                        if (cell instanceof BigDecimal d) {
                            sheet.value(r, c, d);
                        } else if (cell instanceof Number n) {
                            sheet.value(r, c, n);
                        } else if (cell != null) {
                            sheet.value(r, c, SafeCells.neutralise(cell.toString()));
                        }
                    }
                    r++;
                }
                sheet.finish();
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] xlsx(List<Table> tables) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        xlsx(tables, out);
        return out.toByteArray();
    }

    /** A sheet name Excel accepts: at most 31 characters, none of {@code []:*?/\}, unique in the workbook. */
    static String sheetName(String name, java.util.Set<String> used) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (clean.isEmpty()) {
            clean = "Sheet";
        }
        clean = clean.length() > 31 ? clean.substring(0, 31) : clean;
        String candidate = clean;
        for (int i = 2; !used.add(candidate); i++) {
            String suffix = " " + i;
            candidate =
                    (clean.length() + suffix.length() > 31 ? clean.substring(0, 31 - suffix.length()) : clean) + suffix;
        }
        return candidate;
    }
}
