package app.baton.shared.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What an audit entry says, as a sentence a person reads: a message key under {@code audit.sentence.} and typed
 * arguments that the reader's language formats when the log is shown (money as NT$30,000, a month as 2026年11月, a
 * tier by its name). Stored beside the technical summary, which stays the record of exact values.
 *
 * <p>An argument is text with a kind prefix: {@code t:} plain text (names, titles), {@code m:CUR:amount} money,
 * {@code ym:} a month, {@code d:} a date, {@code n:} a whole number, {@code k:} a message key said in the reader's
 * language (a tier, a role, a status). Built only through the factory methods here.
 */
public record AuditSentence(String key, List<String> args) {

    /** Between the key and the arguments when stored; never part of a value (replaced by a space). */
    private static final char SEPARATOR = '\u001f';

    public AuditSentence {
        args = List.copyOf(args);
    }

    public static AuditSentence of(String key, String... args) {
        return new AuditSentence(key, Arrays.asList(args));
    }

    public static String text(String value) {
        return "t:" + value.replace(SEPARATOR, ' ');
    }

    public static String money(BigDecimal amount, String currency) {
        return "m:" + currency + ":" + amount.stripTrailingZeros().toPlainString();
    }

    public static String month(YearMonth month) {
        return "ym:" + month;
    }

    public static String date(LocalDate date) {
        return "d:" + date;
    }

    public static String number(long value) {
        return "n:" + value;
    }

    /** A message key said in the reader's language, e.g. {@code tier.FOUNDATION}. */
    public static String label(String messageKey) {
        return "k:" + messageKey;
    }

    /** The stored form: the key, then each argument, apart by a unit separator. */
    public String encode() {
        StringBuilder stored = new StringBuilder(key);
        for (String arg : args) {
            stored.append(SEPARATOR).append(arg);
        }
        return stored.toString();
    }

    /** The sentence of a stored form; empty for nothing stored (an entry written before sentences existed). */
    public static Optional<AuditSentence> decode(@org.jspecify.annotations.Nullable String stored) {
        if (stored == null || stored.isBlank()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>(Arrays.asList(stored.split(String.valueOf(SEPARATOR), -1)));
        String key = parts.removeFirst();
        return Optional.of(new AuditSentence(key, parts));
    }
}
