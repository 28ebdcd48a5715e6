package app.baton.reports.checks;

import app.baton.reports.parsing.Field;
import app.baton.reports.parsing.ParsedReport;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * SPEND_MISMATCH: the media spend a report states is above the engagement's monthly media spend cap (money spent
 * beyond what was agreed, or the agency's fee hidden in the media cost). Above the cap plus the fee it is CRITICAL.
 * Silent when the engagement has no cap or the file states no cost.
 */
public final class SpendCheck implements HistoryCheck {

    @Override
    public List<Flag> check(ParsedReport report, YearMonth month, History history) {
        BigDecimal cost = report.totals().get(Field.COST);
        BigDecimal cap = history.mediaSpendCap();
        if (cost == null || cap.signum() <= 0 || cost.compareTo(cap) <= 0) {
            return List.of();
        }
        Severity severity = cost.compareTo(cap.add(history.monthlyFee())) > 0 ? Severity.CRITICAL : Severity.WARNING;
        return List.of(new Flag("SPEND_MISMATCH", severity, List.of(), List.of(cost, cap, history.monthlyFee())));
    }
}
