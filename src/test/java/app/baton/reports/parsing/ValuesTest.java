package app.baton.reports.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
            BigDecimal read = Values.number(text, false);
            assertThat(read).as(text).isEqualTo(new BigDecimal(text));
        }
        assertThat(Values.number("1,234.5", false)).isEqualByComparingTo("1234.5");
        assertThat(Values.number("３.５%", false)).isEqualByComparingTo("0.035");
        assertThat(Values.number("--", false)).isNull();
    }

    @Test
    void iso_dates_read_fast_and_others_still_read() {
        assertThat(Values.date("2026-11-02")).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(Values.date("2026-02-30")).isNull();
        assertThat(Values.date("2026/11/02")).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(Values.date("２０２６-１１-０２")).isEqualTo(LocalDate.of(2026, 11, 2));
    }
}
