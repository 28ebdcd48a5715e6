package app.baton.reports.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The fast paths read exactly what the general ones would. */
class ValuesTest {

    @Test
    void plain_numbers_read_fast_equal_the_big_decimal_of_the_text() {
        for (String text : List.of(
                "0",
                "7",
                "007",
                "-3",
                "12.37",
                "-0.5",
                ".5",
                "1.",
                "1.50",
                "123456789012345678",
                "1234567890123456789.5")) {
            assertThat(read(text)).as(text).isEqualTo(new BigDecimal(text));
        }
    }

    @Test
    void other_numbers_take_the_general_reading() {
        assertThat(read("1,234.5")).isEqualByComparingTo("1234.5");
        assertThat(read("NT$ 1,200")).isEqualByComparingTo("1200");
        assertThat(read("３.５%")).isEqualByComparingTo("0.035");
        assertThat(read("--")).isNull();
        assertThat(read("-")).isNull();
        assertThatThrownBy(() -> read("abc")).isInstanceOf(NumberFormatException.class);
        var share = new ReportRow.Figures();
        Values.number("12.5", true, share, Field.COST);
        assertThat(share.value(Field.COST))
                .as("a share column's bare figure is a percentage")
                .isEqualByComparingTo("0.125");
    }

    private static @Nullable BigDecimal read(String text) {
        var figures = new ReportRow.Figures();
        Values.number(text, false, figures, Field.COST);
        return figures.value(Field.COST);
    }

    @Test
    void iso_dates_read_fast_and_others_still_read() {
        assertThat(Values.date("2026-11-02")).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(Values.date("2026-02-30")).isNull();
        assertThat(Values.date("2026/11/02")).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(Values.date("２０２６-１１-０２")).isEqualTo(LocalDate.of(2026, 11, 2));
    }
}
