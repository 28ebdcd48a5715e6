package app.baton.reports.checks;

import app.baton.reports.parsing.ParsedReport;
import java.time.YearMonth;
import java.util.List;

/**
 * DEFINITION_CHANGED: what counts as a conversion, or the attribution setting, differs from the previous accepted
 * month (e.g. purchases → page views, 7-day click → 28-day view): the figures are no longer comparable. Silent when
 * either month states no definition.
 */
public final class DefinitionCheck implements HistoryCheck {

    @Override
    public List<Flag> check(ParsedReport report, YearMonth month, History history) {
        History.Month previous = history.previous(month);
        if (previous == null
                || previous.definitions().isEmpty()
                || report.definitions().isEmpty()) {
            return List.of();
        }
        if (previous.definitions().equals(report.definitions())) {
            return List.of();
        }
        return List.of(new Flag(
                "DEFINITION_CHANGED",
                Severity.WARNING,
                List.of(),
                List.of(
                        String.join("; ", new java.util.TreeSet<>(previous.definitions())),
                        String.join("; ", new java.util.TreeSet<>(report.definitions())))));
    }
}
