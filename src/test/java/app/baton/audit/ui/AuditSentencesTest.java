package app.baton.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.budgets.RequestKind;
import app.baton.shared.events.AuditSentence;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The audit log speaks in sentences (issue 15): a stored sentence keeps its typed arguments through the database, and
 * is said in the reader's language with money, months, tiers and channels formatted — never as database codes.
 */
class AuditSentencesTest {

    private static final Locale ZH = Locale.TAIWAN;

    private static AuditSentences.Translator in(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
        return (key, args) -> new MessageFormat(bundle.getString(key), locale).format(args);
    }

    private static AuditSentence moveRequest() {
        return AuditSentence.of(
                "request.MOVE",
                AuditSentence.text("1"),
                AuditSentence.money(new BigDecimal("30000.00"), "TWD"),
                AuditSentence.label("tier.FOUNDATION"),
                AuditSentence.label("channel.GOOGLE_ADS"),
                AuditSentence.label("tier.EXPERIMENT"),
                AuditSentence.text("LINE 官方帳號"));
    }

    @Test
    void a_request_is_told_with_names_and_money_in_both_languages() {
        AuditSentence stored = AuditSentence.decode(moveRequest().encode()).orElseThrow();
        assertThat(stored).isEqualTo(moveRequest());

        assertThat(AuditSentences.say(stored, ZH, in(ZH)))
                .isEqualTo("申請 #1：從基礎穩健型・Google Ads調撥 NT$30,000 到成長實驗型・LINE 官方帳號")
                .doesNotContain("FOUNDATION")
                .doesNotContain("MOVE");
        assertThat(AuditSentences.say(stored, Locale.ENGLISH, in(Locale.ENGLISH)))
                .isEqualTo("request #1: move NT$30,000 from Foundation · Google Ads to Growth experiments · LINE 官方帳號");
    }

    @Test
    void months_dates_numbers_and_statuses_are_said_as_people_say_them() {
        var zh = in(ZH);
        assertThat(AuditSentences.argument(AuditSentence.month(YearMonth.of(2026, 11)), ZH, zh))
                .isEqualTo("2026年11月");
        assertThat(AuditSentences.argument(AuditSentence.date(LocalDate.of(2026, 11, 3)), ZH, zh))
                .isEqualTo("2026年11月3日");
        assertThat(AuditSentences.argument(AuditSentence.number(7_734_338), ZH, zh))
                .isEqualTo("7,734,338");
        assertThat(AuditSentences.argument(AuditSentence.label("role.SUCCESSOR"), ZH, zh))
                .isEqualTo("創二代（接班人）");
        assertThat(AuditSentences.argument(AuditSentence.money(new BigDecimal("585000"), "TWD"), ZH, zh))
                .isEqualTo("NT$585,000");
        assertThat(AuditSentences.say(
                        AuditSentence.of(
                                "report", AuditSentence.text("ABC 數位"), AuditSentence.month(YearMonth.of(2026, 11))),
                        ZH,
                        zh))
                .isEqualTo("ABC 數位・2026年11月的月報");
    }

    @Test
    void an_unreadable_argument_is_shown_as_stored_not_a_broken_page() {
        assertThat(AuditSentences.argument("ym:not-a-month", ZH, in(ZH))).isEqualTo("not-a-month");
        assertThat(AuditSentences.argument("plain", ZH, in(ZH))).isEqualTo("plain");
        assertThat(AuditSentence.decode(null)).isEmpty();
        assertThat(AuditSentence.decode(" ")).isEmpty();
        // a name cannot smuggle in an argument of its own
        AuditSentence named = AuditSentence.of("token", AuditSentence.text("a\u001fm:TWD:1"));
        assertThat(AuditSentence.decode(named.encode()).orElseThrow().args()).hasSize(1);
    }

    /** Every sentence the code writes has its message in both languages (with every request kind). */
    @Test
    void every_sentence_the_code_writes_has_its_words() throws IOException {
        Pattern written = Pattern.compile("AuditSentence\\.of\\(\\s*\"([a-zA-Z.]+)\"");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = written.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        keys.add("reserved");
        keys.add("released");
        for (RequestKind kind : RequestKind.values()) {
            keys.add("request." + kind);
        }
        assertThat(keys).contains("channel", "plan", "guardrails", "report", "experiment", "invitation");
        for (Locale locale : new Locale[] {ZH, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle("messages", locale);
            for (String key : keys) {
                assertThat(bundle.containsKey("audit.sentence." + key))
                        .as(locale + " audit.sentence." + key)
                        .isTrue();
            }
        }
    }
}
