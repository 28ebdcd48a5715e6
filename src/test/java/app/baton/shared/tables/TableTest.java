package app.baton.shared.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.shared.DomainException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV grammar uploaded tables are read with, whatever library reads it. */
class TableTest {

    private static final Table.Limits LIMITS = new Table.Limits(1_000_000, 100, 20, 1_000_000);

    @Test
    void quoted_cells_keep_their_delimiters_quotes_and_line_breaks() throws IOException {
        assertThat(lines("Campaign,Cost\r\n\"Spring, 2026\",\"1,200\"\n\"He said \"\"go\"\"\",5\n\"two\nlines\",7\n"))
                .containsExactly(
                        List.of("Campaign", "Cost"),
                        List.of("Spring, 2026", "1,200"),
                        List.of("He said \"go\"", "5"),
                        List.of("two\nlines", "7"));
    }

    @Test
    void empty_lines_are_skipped_and_ragged_rows_are_read_as_they_are() throws IOException {
        assertThat(lines("a,b,c\n\n1,2\n\r\n1,2,3,4\n"))
                .containsExactly(List.of("a", "b", "c"), List.of("1", "2"), List.of("1", "2", "3", "4"));
    }

    @Test
    void spaces_around_cells_are_kept_for_the_readers_to_judge() throws IOException {
        assertThat(lines("a, b ,c\n")).containsExactly(List.of("a", " b ", "c"));
    }

    @Test
    void the_delimiter_is_told_from_the_first_lines() throws IOException {
        assertThat(lines("a;b;c\n1,5;2;3\n")).containsExactly(List.of("a", "b", "c"), List.of("1,5", "2", "3"));
        assertThat(lines("a\tb\n1,2\t3\n")).containsExactly(List.of("a", "b"), List.of("1,2", "3"));
    }

    @Test
    void a_byte_order_mark_is_not_part_of_the_first_cell() throws IOException {
        assertThat(lines("\uFEFFCampaign,Cost\nx,1\n")).first().isEqualTo(List.of("Campaign", "Cost"));
    }

    @Test
    void an_unclosed_quote_or_text_after_a_closing_quote_is_an_error_the_reader_calls_unreadable() {
        // not a silently swallowed rest of the file, nor a cell half read
        assertThatThrownBy(() -> lines("a,b\n\"open,1\n2,3\n")).isNotInstanceOf(DomainException.class);
        assertThatThrownBy(() -> lines("a,b\n\"12\"x,3\n")).isNotInstanceOf(DomainException.class);
    }

    @Test
    void rows_and_columns_past_the_limits_are_refused() {
        assertThatThrownBy(() -> lines("a,b\n" + "1,2\n".repeat(101)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("report.tooManyRows"));
        assertThatThrownBy(() -> lines("a" + ",a".repeat(20) + "\n"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("report.tooManyColumns"));
    }

    @Test
    void text_that_is_not_the_told_encoding_is_refused_with_a_translated_message() {
        byte[] content = "Campaign,Cost\n\u6625,1\n".getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(content, content.length);
        broken[content.length - 5] = (byte) 0xC3; // a lead byte followed by ASCII
        assertThatThrownBy(() -> lines(broken))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).startsWith("report."));
    }

    @Test
    void a_cells_characters_read_without_a_string_are_the_cells_text() throws IOException {
        byte[] content = "Campaign,Cost,Note\n\"春季, A\",1200.50,\n".getBytes(StandardCharsets.UTF_8);
        try (Table.Lines lines = Table.open(content, LIMITS, 0)) {
            lines.next();
            List<String> line = lines.next();
            assertThat(line).isInstanceOf(Line.class);
            for (int i = 0; i < line.size(); i++) {
                CharSequence text = Line.text(line, i);
                assertThat(text.toString()).isEqualTo(line.get(i));
                assertThat(text.length()).isEqualTo(line.get(i).length());
            }
            assertThat(Line.text(line, 0).charAt(1)).isEqualTo('季');
            assertThat(Line.text(line, 1).subSequence(5, 7).toString()).isEqualTo("50");
            assertThat(Line.text(line, 2)).isEmpty();
        }
    }

    private static List<List<String>> lines(String text) throws IOException {
        return lines(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<List<String>> lines(byte[] content) throws IOException {
        List<List<String>> all = new ArrayList<>();
        try (Table.Lines lines = Table.open(content, LIMITS, 0)) {
            lines.forEachRemaining(line -> all.add(List.copyOf(line)));
        }
        return all;
    }
}
