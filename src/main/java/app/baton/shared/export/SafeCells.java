package app.baton.shared.export;

/**
 * Formula-injection neutralisation (OWASP "CSV injection"): a text cell that begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is written with a leading apostrophe, so a spreadsheet shows it
 * as text instead of running it. Numbers are written as numbers and never pass through here.
 */
public final class SafeCells {

    private SafeCells() {}

    public static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
