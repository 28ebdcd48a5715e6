package app.baton.reports.checks;

import app.baton.reports.parsing.ParsedReport;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Runs every check that needs only the file, in a stable order. */
public final class ReportChecks {

    private static final List<ReportCheck> SINGLE_FILE = List.of(
            new RowChecks(),
            new DerivedCheck(),
            new PeriodCheck(),
            new TotalsCheck(),
            new DuplicateCheck(),
            new QualityChecks.TrafficQuality(),
            new QualityChecks.Benford());

    private static final List<HistoryCheck> WITH_HISTORY =
            List.of(new SpendCheck(), new SpikeCheck(), new MissingCheck(), new DefinitionCheck());

    private ReportChecks() {}

    /** The flags of one report for an engagement: the single-file checks, then those that need its history. */
    public static List<Flag> run(ParsedReport report, YearMonth month, History history) {
        List<Flag> flags = new ArrayList<>(run(report, month));
        for (HistoryCheck check : WITH_HISTORY) {
            flags.addAll(check.check(report, month, history));
        }
        return List.copyOf(flags);
    }

    /** The flags of one report for the month it reports on. */
    public static List<Flag> run(ParsedReport report, YearMonth month) {
        List<Flag> flags = new ArrayList<>();
        for (ReportCheck check : SINGLE_FILE) {
            flags.addAll(check.check(report, month));
        }
        return List.copyOf(flags);
    }
}
