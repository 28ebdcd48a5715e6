package app.baton.shared;

import java.util.regex.Pattern;

/**
 * Names people give and files carry, made safe to show to others: control characters and the invisible characters that
 * reorder text are removed. A file called {@code invoice\u202Egpj.csv} would otherwise show as "invoicevsc.jpg" on
 * someone else's screen, in a download's name or in an export. Applied where a name is stored: file names, people,
 * companies, agencies, engagements, campaigns read from reports.
 */
public final class Names {

    /**
     * C0/C1 controls, the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), the
     * direction marks (U+200E, U+200F, U+061C), and the line and paragraph separators.
     */
    private static final Pattern UNSAFE =
            Pattern.compile("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C\\u2028\\u2029]");

    private Names() {}

    /**
     * The name without unsafe characters, trimmed. Called for every campaign and breakdown cell of a report (100,000
     * rows and more), so a name with nothing to remove — nearly all — is only scanned, without the regular expression
     * (issue 16: the expression was the largest item of a report check's profile).
     */
    public static String clean(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (unsafe(name.charAt(i))) {
                return UNSAFE.matcher(name).replaceAll("").strip();
            }
        }
        return name.strip();
    }

    /** The characters of {@link #UNSAFE}, one at a time. */
    static boolean unsafe(char c) {
        return Character.getType(c) == Character.CONTROL
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E'
                || c == '\u200F'
                || c == '\u061C'
                || c == '\u2028'
                || c == '\u2029';
    }

    /** Whether the text holds a character {@link #clean} would remove. */
    public static boolean unsafe(String text) {
        return UNSAFE.matcher(text).find();
    }
}
