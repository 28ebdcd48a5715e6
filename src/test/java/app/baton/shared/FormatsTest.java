package app.baton.shared;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.shared.i18n.Messages;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Test
    void dates_read_naturally_in_each_language_and_in_the_company_time_zone() {
        Instant lateEveningUtc = Instant.parse("2026-11-22T17:30:00Z");
        assertThat(Formats.date(lateEveningUtc, TAIPEI, Messages.ZH_TW)).isEqualTo("2026年11月23日");
        assertThat(Formats.date(lateEveningUtc, TAIPEI, Messages.EN)).isEqualTo("23 Nov 2026");
        assertThat(Formats.dateTime(lateEveningUtc, TAIPEI, Messages.ZH_TW)).isEqualTo("2026年11月23日 01:30");
    }

    @Test
    void new_taiwan_dollars_have_separators_and_no_cents() {
        assertThat(Formats.money(new BigDecimal("1234567.4"), "TWD", Messages.ZH_TW))
                .isEqualTo("NT$1,234,567");
        assertThat(Formats.money(new BigDecimal("1234567.5"), "TWD", Messages.EN))
                .isEqualTo("NT$1,234,568");
    }

    @Test
    void other_currencies_keep_their_own_scale() {
        assertThat(Formats.money(new BigDecimal("1234.5"), "USD", Messages.EN)).isEqualTo("$1,234.50");
        // each currency and language keeps its own prepared format: using one leaves the others as they were
        assertThat(Formats.money(new BigDecimal("1234.5"), "TWD", Messages.EN)).isEqualTo("NT$1,235");
        assertThat(Formats.money(new BigDecimal("1234.5"), "USD", Messages.EN)).isEqualTo("$1,234.50");
        assertThat(Formats.money(new BigDecimal("-1234.5"), "USD", Messages.ZH_TW))
                .startsWith("-")
                .endsWith("1,234.50");
        assertThat(Formats.number(812345, Messages.ZH_TW)).isEqualTo("812,345");
    }

    @Test
    void calendar_dates_read_the_same_as_instants() {
        java.time.LocalDate day = java.time.LocalDate.of(2027, 2, 1);
        assertThat(Formats.date(day, java.util.Locale.TAIWAN)).isEqualTo("2027年2月1日");
        assertThat(Formats.date(day, java.util.Locale.ENGLISH)).isEqualTo("1 Feb 2027");
    }

    @Test
    void a_month_stored_in_a_notification_is_said_as_people_say_it() {
        assertThat(Formats.forReader(java.util.List.of("王小華", "Google 廣告代操", "2026-11"), java.util.Locale.TAIWAN))
                .containsExactly("王小華", "Google 廣告代操", "2026年11月");
        assertThat(Formats.forReader(java.util.List.of("2026-11", "#12"), java.util.Locale.ENGLISH))
                .containsExactly("Nov 2026", "#12");
    }

    @Test
    void figures_are_rounded_for_people() {
        assertThat(Formats.figure(new java.math.BigDecimal("7734338.87"), java.util.Locale.TAIWAN))
                .isEqualTo("7,734,339");
        assertThat(Formats.figure(new java.math.BigDecimal("4.256"), java.util.Locale.TAIWAN))
                .isEqualTo("4.26");
        assertThat(Formats.figure(new java.math.BigDecimal("3.00"), java.util.Locale.ENGLISH))
                .isEqualTo("3");
        assertThat(Formats.figure(new java.math.BigDecimal("0.0312"), java.util.Locale.ENGLISH))
                .isEqualTo("0.03");
        assertThat(Formats.forPeople(new java.math.BigDecimal("-1234.5"))).isEqualByComparingTo("-1235");
    }
}
