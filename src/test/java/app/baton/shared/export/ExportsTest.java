package app.baton.shared.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.reports.ReportFixtures;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** CSV and XLSX exports: numbers stay numbers, Chinese survives, and formulas are neutralised. */
class ExportsTest {

    @Test
    void cells_starting_like_a_formula_are_neutralised_and_others_are_left_alone() {
        for (String risky : List.of("=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(SafeCells.neutralise(risky)).isEqualTo("'" + risky);
        }
        for (String fine : List.of("", "Brand search", "冬季禮盒", "1-2", "a=b", "'quoted")) {
            assertThat(SafeCells.neutralise(fine)).isEqualTo(fine);
        }
    }

    /** The campaigns of the fixture formula-injection.csv, exported again. */
    private static Table fromFixture() throws Exception {
        String text = new String(ReportFixtures.fixture("formula-injection.csv"), StandardCharsets.UTF_8);
        Table table = new Table("行銷活動 / campaigns", List.of("日期", "管道", "廣告活動", "費用"));
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(text))) {
            for (CSVRecord r : parser) {
                table.row(r.get("date"), r.get("channel"), r.get("campaign"), new BigDecimal(r.get("cost")));
            }
        }
        table.row("合計", null, "-總額", new BigDecimal("-610.5"));
        return table;
    }

    @Test
    void csv_keeps_chinese_and_numbers_and_neutralises_formulas() throws Exception {
        byte[] csv = Exports.csv(fromFixture());
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(text))) {
            rows = parser.getRecords();
        }
        assertThat(rows.get(0).toList()).containsExactly("日期", "管道", "廣告活動", "費用");
        assertThat(rows.get(1).get(2)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(rows.get(2).get(2)).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(rows.get(2).get(3)).isEqualTo("310");
        assertThat(rows.get(3).get(0)).isEqualTo("合計");
        assertThat(rows.get(3).get(2)).isEqualTo("'-總額");
        // a negative number is a number, not a formula
        assertThat(rows.get(3).get(3)).isEqualTo("-610.5");
    }

    @Test
    void xlsx_has_one_sheet_per_table_with_text_neutralised_and_numbers_as_numbers() throws Exception {
        Table second = new Table("行銷活動 / campaigns", List.of("x")).row("=cmd");
        byte[] xlsx = Exports.xlsx(List.of(fromFixture(), second));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("行銷活動   campaigns", "行銷活動   campaigns 2");
            List<Row> rows = new ArrayList<>(sheets.get(0).read());
            assertThat(rows.get(0).getCellText(2)).isEqualTo("廣告活動");
            assertThat(rows.get(1).getCellText(2)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
            assertThat(rows.get(1).getCell(2).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.STRING);
            assertThat(rows.get(2).getCellText(2)).startsWith("'+cmd");
            assertThat(rows.get(2).getCell(3).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
            assertThat(rows.get(2).getCellAsNumber(3)).contains(new BigDecimal("310"));
            assertThat(rows.get(3).getCellAsNumber(3)).contains(new BigDecimal("-610.5"));
            assertThat(new ArrayList<>(sheets.get(1).read()).get(1).getCellText(0))
                    .isEqualTo("'=cmd");
        }
    }

    @Test
    void sheet_names_are_made_acceptable_to_excel() {
        java.util.Set<String> used = new java.util.HashSet<>();
        assertThat(Exports.sheetName("a/b:c*d?e[f]g\\h", used)).isEqualTo("a b c d e f g h");
        assertThat(Exports.sheetName("x".repeat(40), used)).hasSize(31);
        assertThat(Exports.sheetName("x".repeat(40), used)).hasSize(31).endsWith(" 2");
        assertThat(Exports.sheetName("  ", used)).isEqualTo("Sheet");
    }
}
