package app.baton.audit.ui;

import app.baton.shared.Formats;
import app.baton.shared.events.AuditSentence;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * Says a stored {@link AuditSentence} in the reader's language: each argument formatted by its kind (money with its
 * currency, a month as 2026年11月, a tier or status by its translated name), then the sentence's message. An argument
 * that cannot be read (a changed format) is shown as it was stored rather than failing the page.
 */
final class AuditSentences {

    /** The view's translation function: a message key and its arguments. */
    @FunctionalInterface
    interface Translator {
        String translate(String key, Object... args);
    }

    private AuditSentences() {}

    static String say(AuditSentence sentence, Locale locale, Translator t) {
        Object[] args =
                sentence.args().stream().map(a -> argument(a, locale, t)).toArray();
        return t.translate("audit.sentence." + sentence.key(), args);
    }

    static String argument(String stored, Locale locale, Translator t) {
        int colon = stored.indexOf(':');
        if (colon < 0) {
            return stored;
        }
        String value = stored.substring(colon + 1);
        try {
            return switch (stored.substring(0, colon)) {
                case "t" -> value;
                case "m" -> {
                    int split = value.indexOf(':');
                    yield Formats.money(new BigDecimal(value.substring(split + 1)), value.substring(0, split), locale);
                }
                case "ym" -> Formats.month(YearMonth.parse(value), locale);
                case "d" -> Formats.date(LocalDate.parse(value), locale);
                case "n" -> Formats.number(Long.parseLong(value), locale);
                case "k" -> t.translate(value);
                default -> value;
            };
        } catch (RuntimeException unreadable) {
            return value;
        }
    }
}
