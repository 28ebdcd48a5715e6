package app.baton.reports;

import app.baton.reports.checks.Flag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * A flag's message in the reader's language: {@code flag.<CODE>} with its arguments, metric names ({@code metric.*})
 * translated too, then the rows it concerns. Also how arguments are kept in the database (typed, so numbers format
 * as numbers again).
 */
public final class FlagText {

    private static final char SEPARATOR = '\u001F';
    private static final int MAX_ROWS_SHOWN = 20;

    private FlagText() {}

    /**
     * Flags whose words for the company end by telling the reviewer what to ask; the agency reads, instead, what the
     * reviewer will ask of it ({@code flag.<CODE>.agency}).
     */
    private static final java.util.Set<String> WORDED_FOR_AGENCY = java.util.Set.of(
            "flag.CONVERSIONS_EXCEED_CLICKS", "flag.SPEND_MISMATCH", "flag.METRIC_SPIKE", "flag.METRIC_MISSING");

    /** The message for the company's reviewers; {@code translate} looks a key up in the reader's language. */
    public static String message(Flag flag, BiFunction<String, Object[], String> translate) {
        return message(flag, translate, false);
    }

    /**
     * The message, for the agency when {@code forAgency}. Figures are rounded as people read them: whole numbers from
     * 100 up (7,734,339, not 7,734,338.87), at most two decimals below.
     */
    public static String message(Flag flag, BiFunction<String, Object[], String> translate, boolean forAgency) {
        Object[] args = flag.arguments().stream()
                .map(a -> a instanceof String s
                        ? translated(s, translate)
                        : a instanceof BigDecimal d ? app.baton.shared.Formats.forPeople(d) : a)
                .toArray();
        String key = forAgency && WORDED_FOR_AGENCY.contains(flag.messageKey())
                ? flag.messageKey() + ".agency"
                : flag.messageKey();
        String text = translate.apply(key, args);
        if (flag.rows().isEmpty()) {
            return text;
        }
        String rows =
                flag.rows().stream().limit(MAX_ROWS_SHOWN).map(String::valueOf).collect(Collectors.joining(", "));
        if (flag.rows().size() > MAX_ROWS_SHOWN) {
            rows += ", …";
        }
        return text + " " + translate.apply("flag.rows", new Object[] {rows});
    }

    private static final java.util.regex.Pattern KEY_IN_TEXT =
            java.util.regex.Pattern.compile("(?:metric|channel)\\.[A-Za-z_]+");

    /** A metric's or channel's key as an argument, or inside one (a list of who claims what), in the reader's words. */
    private static String translated(String text, BiFunction<String, Object[], String> translate) {
        if (text.startsWith("metric.") || text.startsWith("channel.")) {
            return translate.apply(text, new Object[0]);
        }
        java.util.regex.Matcher m = KEY_IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    out, java.util.regex.Matcher.quoteReplacement(translate.apply(m.group(), new Object[0])));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String encodeArguments(List<Object> arguments) {
        StringBuilder text = new StringBuilder();
        for (Object argument : arguments) {
            if (!text.isEmpty()) {
                text.append(SEPARATOR);
            }
            String value = argument instanceof BigDecimal d
                    ? "n" + d.toPlainString()
                    : argument instanceof Number n ? "n" + n : "s" + argument;
            text.append(value.replace(String.valueOf(SEPARATOR), ""));
        }
        String encoded = text.toString();
        return encoded.length() > 2000 ? encoded.substring(0, 2000) : encoded;
    }

    static List<Object> decodeArguments(String text) {
        List<Object> arguments = new ArrayList<>();
        if (text.isEmpty()) {
            return arguments;
        }
        for (String part : text.split(String.valueOf(SEPARATOR), -1)) {
            if (part.startsWith("n")) {
                try {
                    arguments.add(new BigDecimal(part.substring(1)));
                    continue;
                } catch (NumberFormatException e) {
                    // fall through: kept as text
                }
            }
            arguments.add(part.isEmpty() ? "" : part.substring(1));
        }
        return arguments;
    }

    static String encodeRows(List<Integer> rows) {
        StringBuilder text = new StringBuilder();
        for (Integer row : rows) {
            String next = (text.isEmpty() ? "" : ",") + row;
            if (text.length() + next.length() > 1000) {
                break;
            }
            text.append(next);
        }
        return text.toString();
    }

    static List<Integer> decodeRows(String text) {
        return text.isEmpty()
                ? List.of()
                : java.util.Arrays.stream(text.split(",")).map(Integer::valueOf).toList();
    }
}
