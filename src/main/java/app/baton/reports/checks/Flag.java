package app.baton.reports.checks;

import java.util.List;

/**
 * One red flag: its code, severity, the data rows it concerns (from 1 at the first row after the header; empty
 * when it concerns the whole file) and the arguments of its message ({@code flag.<CODE>}).
 */
public record Flag(String code, Severity severity, List<Integer> rows, List<Object> arguments) {

    public String messageKey() {
        return "flag." + code;
    }

    /** The codes of the flags of CRITICAL severity among {@code flags}. */
    public static List<String> criticalCodes(List<Flag> flags) {
        return flags.stream()
                .filter(f -> f.severity() == Severity.CRITICAL)
                .map(Flag::code)
                .toList();
    }
}
