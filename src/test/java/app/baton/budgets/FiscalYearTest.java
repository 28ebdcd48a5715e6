package app.baton.budgets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class FiscalYearTest {

    @Test
    void a_year_starting_in_july_runs_to_june_and_knows_its_months_by_index() {
        FiscalYear year = new FiscalYear(YearMonth.of(2026, 7));
        assertThat(year.months()).hasSize(12).startsWith(YearMonth.of(2026, 7)).endsWith(YearMonth.of(2027, 6));
        assertThat(year.lastMonth()).isEqualTo(YearMonth.of(2027, 6));
        assertThat(year.indexOf(YearMonth.of(2027, 1))).contains(6);
        assertThat(year.month(6)).isEqualTo(YearMonth.of(2027, 1));
        assertThat(year.contains(YearMonth.of(2026, 6))).isFalse();
        assertThat(year.contains(YearMonth.of(2027, 7))).isFalse();
        assertThatThrownBy(() -> year.month(12)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void a_calendar_year_is_january_to_december() {
        assertThat(FiscalYear.calendar(2027).months())
                .containsExactly(
                        YearMonth.of(2027, 1),
                        YearMonth.of(2027, 2),
                        YearMonth.of(2027, 3),
                        YearMonth.of(2027, 4),
                        YearMonth.of(2027, 5),
                        YearMonth.of(2027, 6),
                        YearMonth.of(2027, 7),
                        YearMonth.of(2027, 8),
                        YearMonth.of(2027, 9),
                        YearMonth.of(2027, 10),
                        YearMonth.of(2027, 11),
                        YearMonth.of(2027, 12));
    }
}
