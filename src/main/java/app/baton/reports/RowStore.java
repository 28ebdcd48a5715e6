package app.baton.reports;

import app.baton.reports.parsing.Field;
import app.baton.reports.parsing.ReportRow;
import app.baton.shared.storage.FileStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The parsed rows of a version, stored beside the raw file as a gzipped CSV in Baton's own row model (decision
 * 011): one write per upload instead of up to 100,000 inserts, read back whole for the version page and exports.
 */
final class RowStore {

    private static final List<Field> FIGURES =
            java.util.Arrays.stream(Field.values()).filter(Field::numeric).toList();

    private RowStore() {}

    static String write(FileStore files, long tenantId, List<ReportRow> rows) throws IOException {
        Path temp = Files.createTempFile("baton-rows-", ".csv.gz");
        try {
            try (Writer out = new OutputStreamWriter(
                            new GZIPOutputStream(Files.newOutputStream(temp)), StandardCharsets.UTF_8);
                    CSVPrinter printer = CSVFormat.DEFAULT.print(out)) {
                List<String> header = new ArrayList<>(
                        List.of("number", "date", "periodStart", "periodEnd", "channel", "campaign", "breakdown"));
                FIGURES.forEach(f -> header.add(f.name()));
                printer.printRecord(header);
                List<String> cells = new ArrayList<>(header.size());
                for (ReportRow row : rows) {
                    cells.clear();
                    cells.add(Integer.toString(row.number()));
                    cells.add(text(row.date()));
                    cells.add(text(row.periodStart()));
                    cells.add(text(row.periodEnd()));
                    cells.add(row.channel() == null ? "" : row.channel());
                    cells.add(row.campaign() == null ? "" : row.campaign());
                    cells.add(row.breakdown() == null ? "" : row.breakdown());
                    for (Field field : FIGURES) {
                        BigDecimal value = row.figure(field);
                        cells.add(value == null ? "" : value.toPlainString());
                    }
                    printer.printRecord(cells);
                }
            }
            return files.put(tenantId, temp);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static List<ReportRow> read(FileStore files, String key) throws IOException {
        List<ReportRow> rows = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(files.open(key));
                var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get();
            for (CSVRecord record : format.parse(reader)) {
                Map<Field, BigDecimal> figures = new EnumMap<>(Field.class);
                for (Field field : FIGURES) {
                    String value = record.isMapped(field.name()) ? record.get(field.name()) : "";
                    if (!value.isEmpty()) {
                        figures.put(field, new BigDecimal(value));
                    }
                }
                rows.add(new ReportRow(
                        Integer.parseInt(record.get("number")),
                        date(record.get("date")),
                        date(record.get("periodStart")),
                        date(record.get("periodEnd")),
                        emptyToNull(record.get("channel")),
                        emptyToNull(record.get("campaign")),
                        // rows stored before breakdowns were read have none
                        record.isMapped("breakdown") ? emptyToNull(record.get("breakdown")) : null,
                        Map.copyOf(figures)));
            }
        }
        return rows;
    }

    private static String text(@Nullable LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static @Nullable LocalDate date(String text) {
        return text.isEmpty() ? null : LocalDate.parse(text);
    }

    private static @Nullable String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
