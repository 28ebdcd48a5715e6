package app.baton.reports;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.reports.internal.EngagementEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * An engagement's fee over time (issue 19): a change holds from its month, the months before keep the fee they had,
 * a second change in the same month keeps the fee from before that month, and the same fee changes nothing.
 */
class FeeHistoryTest {

    private static EngagementEntity engagement(String fee) {
        return new EngagementEntity(
                1,
                "Search",
                "1",
                "",
                "",
                "",
                new BigDecimal(fee),
                BigDecimal.ZERO,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                10,
                1,
                Instant.EPOCH);
    }

    private static void change(EngagementEntity e, YearMonth from, String fee) {
        e.keepFeeBefore(from, new BigDecimal(fee));
        e.applyTerms("", "", "", new BigDecimal(fee), BigDecimal.ZERO);
    }

    @Test
    void each_month_keeps_the_fee_in_force_then() {
        EngagementEntity e = engagement("30000");
        change(e, YearMonth.of(2026, 5), "35000");
        // changed again in May: April still had 30000
        change(e, YearMonth.of(2026, 5), "36000");
        change(e, YearMonth.of(2026, 9), "40000");
        // the same fee again is no change
        change(e, YearMonth.of(2026, 10), "40000");

        assertThat(e.feeIn(YearMonth.of(2026, 1))).isEqualByComparingTo("30000");
        assertThat(e.feeIn(YearMonth.of(2026, 4))).isEqualByComparingTo("30000");
        assertThat(e.feeIn(YearMonth.of(2026, 5))).isEqualByComparingTo("36000");
        assertThat(e.feeIn(YearMonth.of(2026, 8))).isEqualByComparingTo("36000");
        assertThat(e.feeIn(YearMonth.of(2026, 9))).isEqualByComparingTo("40000");
        assertThat(e.feeIn(YearMonth.of(2026, 12))).isEqualByComparingTo("40000");
        assertThat(e.earlierFees()).hasSize(2);
    }
}
