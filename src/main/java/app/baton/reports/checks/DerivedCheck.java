package app.baton.reports.checks;

import app.baton.reports.parsing.Field;
import app.baton.reports.parsing.ParsedReport;
import app.baton.reports.parsing.ReportRow;
import app.baton.shared.Kpis;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * DERIVED_MISMATCH: a stated CTR, CPC, CPA, CR, CPM or ROAS disagrees with the row's own raw figures beyond rounding (half a unit
 * of the last stated decimal, or 1 %).
 */
final class DerivedCheck implements ReportCheck {

    private static final BigDecimal RELATIVE = new BigDecimal("0.01");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    @Override
    public List<Flag> check(ParsedReport report, YearMonth month) {
        Set<Integer> rows = new TreeSet<>();
        Set<String> which = new TreeSet<>();
        for (ReportRow row : report.rows()) {
            // a division only where the file states the figure: most files state none
            if (row.has(Field.STATED_CTR)) {
                test(
                        row,
                        Field.STATED_CTR,
                        Kpis.ctr(row.figure(Field.CLICKS), row.figure(Field.IMPRESSIONS)),
                        rows,
                        which);
            }
            if (row.has(Field.STATED_CPC)) {
                test(row, Field.STATED_CPC, Kpis.cpc(row.figure(Field.COST), row.figure(Field.CLICKS)), rows, which);
            }
            if (row.has(Field.STATED_CPA)) {
                test(
                        row,
                        Field.STATED_CPA,
                        Kpis.cpa(row.figure(Field.COST), row.figure(Field.CONVERSIONS)),
                        rows,
                        which);
            }
            if (row.has(Field.STATED_CR)) {
                test(
                        row,
                        Field.STATED_CR,
                        Kpis.cr(row.figure(Field.CONVERSIONS), row.figure(Field.CLICKS)),
                        rows,
                        which);
            }
            if (row.has(Field.STATED_CPM)) {
                BigDecimal cost = row.figure(Field.COST);
                test(
                        row,
                        Field.STATED_CPM,
                        Kpis.divide(cost == null ? null : cost.multiply(THOUSAND), row.figure(Field.IMPRESSIONS)),
                        rows,
                        which);
            }
            if (row.has(Field.STATED_ROAS)) {
                test(
                        row,
                        Field.STATED_ROAS,
                        Kpis.roas(row.figure(Field.CONVERSION_VALUE), row.figure(Field.COST)),
                        rows,
                        which);
            }
        }
        return rows.isEmpty()
                ? List.of()
                : List.of(new Flag(
                        "DERIVED_MISMATCH",
                        Severity.WARNING,
                        new ArrayList<>(rows),
                        List.of(String.join(", ", which))));
    }

    private static void test(
            ReportRow row, Field field, @Nullable BigDecimal computed, Set<Integer> rows, Set<String> which) {
        BigDecimal stated = row.figure(field);
        if (stated == null || computed == null) {
            return;
        }
        BigDecimal halfUnit =
                BigDecimal.ONE.movePointLeft(Math.max(0, stated.scale())).divide(BigDecimal.valueOf(2));
        BigDecimal allowed = halfUnit.max(computed.abs().multiply(RELATIVE));
        if (stated.subtract(computed).abs().compareTo(allowed) > 0) {
            rows.add(row.number());
            which.add(field.name().substring("STATED_".length()));
        }
    }
}
