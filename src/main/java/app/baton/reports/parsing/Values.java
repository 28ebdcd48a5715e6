package app.baton.reports.parsing;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Cleaning cell values as exports write them: {@code --}, {@code %}, separators, full-width digits, many dates. */
final class Values {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("yyyyMMdd"),
            DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("yyyy年M月d日"));
    private static final Pattern RANGE = Pattern.compile("^(.+?)\\s+[-–~至]\\s+(.+)$");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private Values() {}

    /**
     * A number, or {@code null} for an empty cell, {@code --} or {@code -}; a {@link NumberFormatException} when it is
     * not a number. The general reading (full-width digits, thousands separators, currency, percent); plain cells are
     * read by {@link #number(CharSequence, boolean, ReportRow.Figures, Field)} before they come here.
     */
    static @Nullable BigDecimal number(String cell, boolean share) {
        String text = Normalizer.normalize(cell, Normalizer.Form.NFKC).strip();
        if (text.isEmpty() || text.equals("--") || text.equals("-") || text.equals("—")) {
            return null;
        }
        boolean percent = text.endsWith("%");
        text = text.replace("%", "")
                .replace(",", "")
                .replace(" ", "")
                .replace("NT$", "")
                .replace("$", "");
        BigDecimal value = new BigDecimal(text);
        return percent || share ? value.movePointLeft(2) : value;
    }

    /**
     * Reads a number cell into a row's figures: nothing for an empty cell, {@code --} or {@code -}; a
     * {@link NumberFormatException} when it is not a number. A plain number of up to 18 characters (ASCII digits, a
     * sign, a point: nearly every cell) goes straight to an unscaled {@code long} and a scale, without a
     * {@code BigDecimal}.
     */
    static void number(CharSequence cell, boolean share, ReportRow.Figures into, Field field) {
        int length = cell.length();
        if (!share && length > 0 && length <= 18) {
            // one pass: the digits as one long, where the point stands, and whether anything else is there
            long unscaled = 0;
            int point = -1;
            int digits = 0;
            boolean negative = false;
            boolean plain = true;
            for (int i = 0; i < length; i++) {
                char c = cell.charAt(i);
                if (c >= '0' && c <= '9') {
                    unscaled = unscaled * 10 + (c - '0');
                    digits++;
                } else if (c == '.' && point < 0) {
                    point = i;
                } else if (c == '-' && i == 0) {
                    negative = true;
                } else {
                    plain = false;
                    break;
                }
            }
            if (plain && digits > 0) {
                into.set(field, negative ? -unscaled : unscaled, point < 0 ? 0 : length - 1 - point);
                return;
            }
        }
        BigDecimal value = number(cell.toString(), share);
        if (value != null) {
            into.set(field, value);
        }
    }

    /**
     * {@code yyyy-MM-dd} as the number {@code yyyyMMdd} read from its digits, or {@code -1} when the text is not
     * written so (whether it is a real day is for {@link #date} to say).
     */
    static int isoDateKey(CharSequence text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return -1;
        }
        int key = 0;
        for (int i = 0; i < 10; i++) {
            if (i == 4 || i == 7) {
                continue;
            }
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            key = key * 10 + (c - '0');
        }
        return key;
    }

    /** {@code yyyy-MM-dd} read without a formatter, or {@code null} when the text is not exactly that. */
    private static @Nullable LocalDate isoDate(CharSequence text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(text, 0, 4, 10),
                    Integer.parseInt(text, 5, 7, 10),
                    Integer.parseInt(text, 8, 10, 10));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** A date as exports write it, or an Excel serial day number; {@code null} if none. */
    static @Nullable LocalDate date(CharSequence cell) {
        LocalDate iso = isoDate(cell);
        if (iso != null) {
            return iso;
        }
        String text = Normalizer.normalize(cell, Normalizer.Form.NFKC).strip();
        if (text.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException ignored) {
                // try the next way of writing a date
            }
        }
        try {
            return YearMonth.parse(text).atDay(1);
        } catch (DateTimeParseException ignored) {
            // not a month either
        }
        if (text.matches("\\d{5}(\\.0+)?")) {
            return EXCEL_EPOCH.plusDays(Long.parseLong(text.replaceAll("\\.0+$", "")));
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
            return LocalDate.parse(text.substring(0, 10));
        }
        return null;
    }

    /** A preamble line such as {@code November 1, 2026 - November 30, 2026}; {@code null} if it is not one. */
    static LocalDate @Nullable [] range(String line) {
        Matcher m = RANGE.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        LocalDate start = date(m.group(1));
        LocalDate end = date(m.group(2));
        return start == null || end == null ? null : new LocalDate[] {start, end};
    }
}
