package app.baton.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void twd_has_no_decimals_and_usd_two() {
        assertThat(Money.scale("TWD")).isZero();
        assertThat(Money.scale("USD")).isEqualTo(2);
        assertThat(Money.scale("JPY")).isZero();
    }

    @Test
    void reads_amounts_as_people_type_them() {
        assertThat(Money.parse("1,200,000", "TWD")).isEqualByComparingTo("1200000");
        assertThat(Money.parse("NT$ 3 000", "TWD")).isEqualByComparingTo("3000");
        assertThat(Money.parse("１２，０００", "TWD")).isEqualByComparingTo("12000");
        assertThat(Money.parse("US$1,234.50", "USD")).isEqualByComparingTo("1234.50");
        assertThat(Money.parse("1,234.50", "USD").scale()).isEqualTo(2);
        assertThat(Money.parse("100.00", "TWD")).isEqualByComparingTo("100");
    }

    @Test
    void refuses_more_decimals_than_the_currency_has() {
        assertRefused("1000.5", "TWD", "money.tooManyDecimals");
        assertRefused("10.123", "USD", "money.tooManyDecimals");
    }

    @Test
    void refuses_what_is_not_a_number() {
        assertRefused("", "TWD", "money.invalid");
        assertRefused("abc!", "TWD", "money.invalid");
        assertRefused("1.2.3", "TWD", "money.invalid");
        assertRefused("12-3", "TWD", "money.invalid");
    }

    @Test
    void splits_exactly_with_the_remainder_on_the_first_parts() {
        List<BigDecimal> parts = Money.split(new BigDecimal("100"), 12, 0);
        assertThat(parts).hasSize(12);
        assertThat(parts.get(0)).isEqualByComparingTo("9");
        assertThat(parts.get(3)).isEqualByComparingTo("9");
        assertThat(parts.get(4)).isEqualByComparingTo("8");
        assertThat(parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100");
        List<BigDecimal> cents = Money.split(new BigDecimal("0.05"), 3, 2);
        assertThat(cents).containsExactly(new BigDecimal("0.02"), new BigDecimal("0.02"), new BigDecimal("0.01"));
        assertThat(Money.split(new BigDecimal("-10"), 3, 0))
                .containsExactly(new BigDecimal("-4"), new BigDecimal("-3"), new BigDecimal("-3"));
    }

    @Test
    void a_share_of_zero_is_no_number() {
        assertThat(Money.percent(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
        assertThat(Money.percent(new BigDecimal("15"), new BigDecimal("200"))).isEqualByComparingTo("7.50");
    }

    private static void assertRefused(String text, String currency, String key) {
        assertThatThrownBy(() -> Money.parse(text, currency))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(key);
    }
}
