package app.baton.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/** Dates, times, numbers and money as a person reads them: in their language and the company's time zone and currency. */
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

    /**
     * An amount with its currency and thousands separators, at the currency's scale: {@code NT$1,234,567} in
     * both languages for TWD (no decimals), {@code US$1,234.50} for USD.
     */
    public static String money(BigDecimal amount, String currencyCode, Locale locale) {
        // a copy of the prepared format: making one from the locale's data costs more than the figure (issue 16)
        NumberFormat format = (NumberFormat) MONEY.computeIfAbsent(
                        currencyCode + "|" + locale.toLanguageTag(), key -> moneyFormat(currencyCode, locale))
                .clone();
        return format.format(amount);
    }

    /** Money formats by currency and language, prepared once; a format is not thread-safe, so each use clones one. */
    private static final java.util.concurrent.ConcurrentMap<String, NumberFormat> MONEY =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static NumberFormat moneyFormat(String currencyCode, Locale locale) {
        Currency currency = Currency.getInstance(currencyCode);
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        int scale = Money.scale(currencyCode);
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        format.setRoundingMode(RoundingMode.HALF_UP);
        String symbol = "TWD".equals(currencyCode) ? "NT$" : currency.getSymbol(locale);
        if (format instanceof DecimalFormat decimal) {
            DecimalFormatSymbols symbols = decimal.getDecimalFormatSymbols();
            symbols.setCurrencySymbol(symbol);
            decimal.setDecimalFormatSymbols(symbols);
        }
        return format;
    }

    /** A calendar date: 2027年2月1日 / 1 Feb 2027. */
    public static String date(java.time.LocalDate date, Locale locale) {
        return (isChinese(locale) ? ZH_DATE : EN_DATE).format(date);
    }

    /** A month as people say it: 2027年3月 / Mar 2027. */
    public static String month(java.time.YearMonth month, Locale locale) {
        return isChinese(locale)
                ? month.getYear() + "年" + month.getMonthValue() + "月"
                : DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH).format(month);
    }

    private static final java.util.regex.Pattern STORED_MONTH = java.util.regex.Pattern.compile("\\d{4}-\\d{2}");

    /**
     * Arguments stored as text for a message read later (a notification, a mail): a month kept as {@code 2026-11} is
     * said as people say it in the reader's language (2026年11月 / Nov 2026); everything else stays as it was.
     */
    public static Object[] forReader(java.util.List<String> arguments, Locale locale) {
        return arguments.stream()
                .map(a -> STORED_MONTH.matcher(a).matches() ? month(java.time.YearMonth.parse(a), locale) : a)
                .toArray();
    }

    /** A short month for narrow grid headers: 3月 / Mar. */
    public static String shortMonth(java.time.YearMonth month, Locale locale) {
        return isChinese(locale)
                ? month.getMonthValue() + "月"
                : DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH).format(month);
    }

    /** A percentage with one decimal, e.g. 12.5 %; "—" when there is no figure (a division by zero). */
    public static String percent(@org.jspecify.annotations.Nullable BigDecimal percent, Locale locale) {
        if (percent == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(percent) + " %";
    }

    /**
     * A figure rounded as people read it: whole from 100 up (7,734,339, not 7,734,338.87), at most two decimals below
     * (4.26, 0.03).
     */
    public static BigDecimal forPeople(BigDecimal value) {
        if (value.abs().compareTo(BigDecimal.valueOf(100)) >= 0) {
            return value.setScale(0, RoundingMode.HALF_UP);
        }
        return value.scale() > 2 ? value.setScale(2, RoundingMode.HALF_UP) : value;
    }

    /** {@link #forPeople} with the locale's grouping and no trailing zeros: 7,734,339 · 4.5 · 3. */
    public static String figure(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(forPeople(value));
    }

    /** A plain number with the locale's grouping, e.g. 1,234,567. */
    public static String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    private static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }
}
