package app.baton.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Exact money arithmetic with {@link BigDecimal} at the currency's scale, and reading amounts people type
 * ({@code 1,200,000}, {@code NT$ 3 000}, full-width digits). Never {@code double}.
 */
public final class Money {

    private Money() {}

    /** Decimals a currency's amounts carry: TWD budgets are whole dollars (the JDK says 2), others per ISO 4217. */
    public static int scale(String currencyCode) {
        if ("TWD".equals(currencyCode)) {
            return 0;
        }
        return Math.max(Currency.getInstance(currencyCode).getDefaultFractionDigits(), 0);
    }

    /**
     * Reads an amount as typed: thousands separators (comma, space, apostrophe, full-width comma), a currency
     * symbol or code, full-width digits. Refuses more decimals than the currency has ({@code money.tooManyDecimals})
     * and anything that is not a number ({@code money.invalid}).
     */
    public static BigDecimal parse(String text, String currencyCode) {
        StringBuilder cleaned = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                cleaned.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                cleaned.append('.');
            } else if (c == '－') {
                cleaned.append('-');
            } else if (Character.isDigit(c) || c == '.' || c == '-') {
                cleaned.append(c);
            } else if (c == ',' || c == '，' || c == '\'' || Character.isWhitespace(c) || c == '\u00a0') {
                // thousands separators
            } else if (Character.isLetter(c) || c == '$' || c == '¥' || c == '€' || c == '£') {
                // currency symbol or code: NT$, TWD, US$
            } else {
                throw new DomainException("money.invalid");
            }
        }
        String digits = cleaned.toString();
        if (digits.isEmpty() || digits.equals("-") || digits.indexOf('-') > 0) {
            throw new DomainException("money.invalid");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(digits);
        } catch (NumberFormatException e) {
            throw new DomainException("money.invalid");
        }
        return exact(amount, currencyCode);
    }

    /** The amount at the currency's scale; refuses one with more decimals than the currency allows. */
    public static BigDecimal exact(BigDecimal amount, String currencyCode) {
        int scale = scale(currencyCode);
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > scale) {
            throw new DomainException("money.tooManyDecimals", scale);
        }
        return amount.setScale(scale, RoundingMode.UNNECESSARY);
    }

    /**
     * Splits an amount into {@code parts} shares at {@code scale} that add up to it exactly: equal shares, the
     * remainder spread one smallest unit at a time over the first parts.
     */
    public static List<BigDecimal> split(BigDecimal amount, int parts, int scale) {
        if (parts <= 0) {
            throw new IllegalArgumentException("parts must be positive");
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        BigDecimal units = amount.setScale(scale, RoundingMode.UNNECESSARY).movePointRight(scale);
        BigDecimal[] division = units.divideAndRemainder(BigDecimal.valueOf(parts));
        BigDecimal share = division[0].movePointLeft(scale).setScale(scale, RoundingMode.UNNECESSARY);
        int remainder = division[1].abs().intValueExact();
        BigDecimal step = amount.signum() < 0 ? unit.negate() : unit;
        List<BigDecimal> result = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            result.add(i < remainder ? share.add(step) : share);
        }
        return result;
    }

    /** An amount as plain digits for audit summaries: no grouping, no trailing zeros ({@code 1200000}). */
    public static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    /** A share of a whole as a percentage with two decimals; {@code null} when the whole is zero. */
    public static @org.jspecify.annotations.Nullable BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
