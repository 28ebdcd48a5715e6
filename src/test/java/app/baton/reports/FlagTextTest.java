package app.baton.reports;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.reports.checks.Flag;
import app.baton.reports.checks.Severity;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * A flag reads as people read figures, and the agency's own view of a flag tells it what the reviewer will ask rather
 * than telling it to ask (issue 15).
 */
class FlagTextTest {

    private static BiFunction<String, Object[], String> in(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
        return (key, args) -> new MessageFormat(bundle.getString(key), locale).format(args);
    }

    private static Flag spike(String value, String median) {
        return new Flag(
                "METRIC_SPIKE",
                Severity.WARNING,
                List.of(),
                List.of("metric.cost", new BigDecimal(value), new BigDecimal(median), new BigDecimal("9.4")));
    }

    @Test
    void large_figures_are_rounded_for_people() {
        String text = FlagText.message(spike("7734338.87", "822812.5"), in(Locale.TAIWAN));
        assertThat(text).contains("7,734,339").contains("822,813").doesNotContain("7,734,338.87");
    }

    @Test
    void the_company_is_told_to_ask_and_the_agency_what_will_be_asked() {
        Flag flag = spike("7734338.87", "822812.5");
        assertThat(FlagText.message(flag, in(Locale.TAIWAN), false)).endsWith("請詢問原因。");
        assertThat(FlagText.message(flag, in(Locale.TAIWAN), true))
                .endsWith("審查者會請您說明原因。")
                .doesNotContain("請詢問");
        assertThat(FlagText.message(flag, in(Locale.ENGLISH), true))
                .endsWith("the reviewer will ask you what explains it.")
                .doesNotContain("ask what explains");
        // a flag without agency wording reads the same for both
        Flag impossible = new Flag("CLICKS_EXCEED_IMPRESSIONS", Severity.CRITICAL, List.of(3), List.of(1));
        assertThat(FlagText.message(impossible, in(Locale.TAIWAN), true))
                .isEqualTo(FlagText.message(impossible, in(Locale.TAIWAN), false));
    }
}
