package app.baton.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.reports.checks.Flag;
import app.baton.reports.checks.ReportChecks;
import app.baton.reports.checks.Severity;
import app.baton.reports.parsing.ColumnMapping;
import app.baton.reports.parsing.Field;
import app.baton.reports.parsing.ParsedReport;
import app.baton.reports.parsing.ReportFormat;
import app.baton.reports.parsing.ReportParser;
import app.baton.shared.DomainException;
import app.baton.shared.storage.Uploads;
import app.baton.shared.tables.TextEncoding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of real export layouts in {@code reports/real/} (written by {@code src/test/python/make_report_corpus.py};
 * its {@code corpus.csv} says what each file is). Every file goes through the upload's type check, the real parser
 * and every single-file check: a clean file must read as its manifest says and raise no WARNING or CRITICAL, a planted
 * file must raise exactly its one problem, a refused one must be refused with its message.
 */
class RealReportsCorpusTest {

    private static final String FOLDER = "/reports/real/";

    record Entry(
            String file,
            ReportFormat format,
            @Nullable TextEncoding encoding,
            YearMonth month,
            int rows,
            BigDecimal impressions,
            BigDecimal clicks,
            BigDecimal cost,
            String expect,
            @Nullable ColumnMapping mapping) {

        @Override
        public String toString() {
            return file + " → " + expect;
        }
    }

    static List<Entry> corpus() throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in =
                        Objects.requireNonNull(RealReportsCorpusTest.class.getResourceAsStream(FOLDER + "corpus.csv"));
                var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get();
            for (CSVRecord r : format.parse(reader)) {
                entries.add(new Entry(
                        r.get("file"),
                        ReportFormat.valueOf(r.get("format")),
                        r.get("encoding").isEmpty() ? null : TextEncoding.valueOf(r.get("encoding")),
                        YearMonth.parse(r.get("month")),
                        Integer.parseInt(r.get("rows")),
                        new BigDecimal(r.get("impressions")),
                        new BigDecimal(r.get("clicks")),
                        new BigDecimal(r.get("cost")),
                        r.get("expect"),
                        mapping(r.get("mapping"))));
            }
        }
        return entries;
    }

    private static @Nullable ColumnMapping mapping(String text) {
        if (text.isEmpty()) {
            return null;
        }
        Map<String, Field> columns = new LinkedHashMap<>();
        for (String pair : text.split(";")) {
            int eq = pair.lastIndexOf('=');
            columns.put(pair.substring(0, eq), Field.valueOf(pair.substring(eq + 1)));
        }
        return new ColumnMapping(columns);
    }

    private static byte[] bytes(String file) throws IOException {
        try (InputStream in =
                Objects.requireNonNull(RealReportsCorpusTest.class.getResourceAsStream(FOLDER + file), file)) {
            return in.readAllBytes();
        }
    }

    @Test
    void the_corpus_has_thirty_clean_files_and_planted_ones_and_the_manifest_names_every_file()
            throws IOException, URISyntaxException {
        List<Entry> entries = corpus();
        assertThat(entries.stream().filter(e -> e.expect().equals("CLEAN"))).hasSizeGreaterThanOrEqualTo(30);
        assertThat(entries.stream().filter(e -> !e.expect().equals("CLEAN"))).hasSizeGreaterThanOrEqualTo(5);
        Path folder = Path.of(Objects.requireNonNull(RealReportsCorpusTest.class.getResource(FOLDER))
                .toURI());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("corpus.csv")))
                    .containsExactlyInAnyOrderElementsOf(
                            entries.stream().map(Entry::file).toList());
        }
        // every layout and encoding the issue names is there
        assertThat(entries.stream().map(Entry::encoding))
                .contains(TextEncoding.UTF_8, TextEncoding.UTF_16LE, TextEncoding.UTF_16BE, TextEncoding.BIG5, null);
        assertThat(entries.stream().map(Entry::format)).contains(ReportFormat.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void each_file_reads_as_its_manifest_says_and_raises_only_what_was_planted(Entry entry) throws IOException {
        byte[] content = bytes(entry.file());
        // the upload's own check: the extension is accepted and the content is what it says
        Uploads.Checked checked = Uploads.check(
                entry.file(), new ByteArrayInputStream(content), 20L * 1024 * 1024, ReportService.METRICS_TYPES);
        Files.deleteIfExists(checked.file());

        if (entry.expect().startsWith("REFUSED:")) {
            assertThatThrownBy(() -> ReportService.requireCompanyCurrency(
                            ReportParser.parse(content, ReportParser.Limits.defaults(), entry.mapping()), "TWD"))
                    .isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).messageKey())
                    .isEqualTo(entry.expect().substring("REFUSED:".length()));
            return;
        }
        ParsedReport report = ReportParser.parse(content, ReportParser.Limits.defaults(), entry.mapping());
        ReportService.requireCompanyCurrency(report, "TWD");
        assertThat(report.format()).isEqualTo(entry.format());
        assertThat(report.encoding()).isEqualTo(entry.encoding());
        assertThat(report.encodingDetected())
                .isEqualTo(entry.encoding() == TextEncoding.BIG5 || entry.encoding() == TextEncoding.GB18030);
        assertThat(report.rows()).hasSize(entry.rows());
        Map<Field, BigDecimal> totals = report.totals();
        if (entry.cost().signum() > 0) {
            assertThat(totals.get(Field.IMPRESSIONS)).isEqualByComparingTo(entry.impressions());
            assertThat(totals.get(Field.CLICKS)).isEqualByComparingTo(entry.clicks());
            assertThat(totals.get(Field.COST)).isEqualByComparingTo(entry.cost());
        } else {
            assertThat(totals.get(Field.SESSIONS)).isPositive();
        }
        assertThat(report.rows())
                .allSatisfy(row -> assertThat(row.campaign() == null ? row.channel() : row.campaign())
                        .as("row %d has a name", row.number())
                        .isNotBlank()
                        .doesNotContain("\uFFFD"));

        List<String> serious = ReportChecks.run(report, entry.month()).stream()
                .filter(f -> f.severity() != Severity.INFO)
                .map(Flag::code)
                .toList();
        if (entry.expect().equals("CLEAN")) {
            assertThat(serious).as("WARNING or CRITICAL on a clean file").isEmpty();
        } else {
            assertThat(serious).as("the one planted problem").containsExactly(entry.expect());
        }
    }
}
