package app.baton.reports.checks;

import app.baton.reports.parsing.ParsedReport;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * DEFINITION_CHANGED: what counts as a conversion, or the attribution setting, differs from the previous accepted
 * month (e.g. purchases → page views, 7-day click → 28-day view): the figures are no longer comparable. Silent when
 * either month states no definition. Meta writes one attribution setting in the language of the export ("7-day click
 * or 1-day view", 「點擊後 7 天或瀏覽後 1 天」): settings are compared by their windows, not their wording, and the flag
 * names both as the files wrote them.
 */
public final class DefinitionCheck implements HistoryCheck {

    private static final String ATTRIBUTION = ParsedReport.ATTRIBUTION;

    /** A window of days after a click, a view or an engaged view, in English or Traditional Chinese. */
    private static final List<Window> WINDOWS = List.of(
            new Window("click", Pattern.compile("(\\d+)\\s*-?\\s*day\\s+click|點擊後\\s*(\\d+)\\s*天")),
            new Window(
                    "engaged-view",
                    Pattern.compile("(\\d+)\\s*-?\\s*day\\s+engaged[- ]view|互動(?:觀看|瀏覽)後\\s*(\\d+)\\s*天")),
            new Window("view", Pattern.compile("(\\d+)\\s*-?\\s*day\\s+view|(?<!互動)(?:瀏覽|觀看)後\\s*(\\d+)\\s*天")));

    private record Window(String name, Pattern pattern) {}

    @Override
    public List<Flag> check(ParsedReport report, YearMonth month, History history) {
        History.Month previous = history.previous(month);
        if (previous == null
                || previous.definitions().isEmpty()
                || report.definitions().isEmpty()) {
            return List.of();
        }
        if (comparable(previous.definitions()).equals(comparable(report.definitions()))) {
            return List.of();
        }
        return List.of(new Flag(
                "DEFINITION_CHANGED",
                Severity.WARNING,
                List.of(),
                List.of(
                        String.join("; ", new TreeSet<>(previous.definitions())),
                        String.join("; ", new TreeSet<>(report.definitions())))));
    }

    private static Set<String> comparable(Set<String> definitions) {
        return definitions.stream().map(DefinitionCheck::canonical).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * An attribution setting as its windows ({@code attribution: click=7d view=1d}) when its wording names any;
     * anything else as written, without case or surrounding spaces.
     */
    static String canonical(String definition) {
        String text = definition.strip();
        if (!text.startsWith(ATTRIBUTION)) {
            return text.toLowerCase(java.util.Locale.ROOT);
        }
        String setting = text.substring(ATTRIBUTION.length()).toLowerCase(java.util.Locale.ROOT);
        StringBuilder windows = new StringBuilder();
        for (Window window : WINDOWS) {
            Matcher m = window.pattern().matcher(setting);
            if (m.find()) {
                String days = m.group(1) != null ? m.group(1) : m.group(2);
                windows.append(' ')
                        .append(window.name())
                        .append('=')
                        .append(days)
                        .append('d');
            }
        }
        return windows.isEmpty() ? ATTRIBUTION + setting : ATTRIBUTION.strip() + windows;
    }
}
