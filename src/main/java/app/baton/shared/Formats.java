package app.baton.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times as a person reads them: in their language and the company's time zone. */
public final class Formats {

    private static final DateTimeFormatter ZH_DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter EN_DATE_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Formats() {}

    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        return (isChinese(locale) ? ZH_DATE_TIME : EN_DATE_TIME).format(instant.atZone(zone));
    }

    public static String date(Instant instant, ZoneId zone, Locale locale) {
        return (isChinese(locale) ? ZH_DATE : EN_DATE).format(instant.atZone(zone));
    }

    /** Long-form date per locale, used where a date stands alone. */
    public static DateTimeFormatter longDate(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    private static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }
}
