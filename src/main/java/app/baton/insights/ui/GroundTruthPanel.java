package app.baton.insights.ui;

import app.baton.insights.DashboardService.Dashboard;
import app.baton.sales.SalesComparison;
import app.baton.shared.ui.SimpleTable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Claimed against verified, month by month: the company's orders, revenue and first orders beside what the agencies'
 * current reports claim; a claim above the company's own figure is marked. Months not wholly uploaded show "—" on the
 * company's side. For the dashboard (the plan's months so far) and the meeting (its month).
 */
final class GroundTruthPanel {

    private GroundTruthPanel() {}

    static Component of(Dashboard d, List<YearMonth> months, InsightLabels l) {
        Div section = new Div();
        section.addClassNames("dashboard-section", "ground-truth");
        section.add(new H3(l.t("groundTruth.title")));
        if (d.truth().months().values().stream().noneMatch(c -> c.verified().daysCovered() > 0)) {
            Paragraph none = new Paragraph(l.t("groundTruth.none"));
            none.addClassNames("hint", "wrap-text");
            section.add(none, new Anchor("sales", l.t("groundTruth.upload")));
            return section;
        }
        SimpleTable table = new SimpleTable(List.of(
                l.t("dashboard.month"),
                l.t("groundTruth.orders"),
                l.t("groundTruth.purchases"),
                l.t("groundTruth.revenue"),
                l.t("groundTruth.value"),
                l.t("groundTruth.newVerified"),
                l.t("groundTruth.newClaimed")));
        for (YearMonth m : months) {
            SalesComparison c = d.truth().months().get(m);
            if (c == null) {
                continue;
            }
            boolean complete = c.verified().complete();
            BigDecimal orders = BigDecimal.valueOf(c.verified().orders());
            BigDecimal newCustomers = BigDecimal.valueOf(c.verified().newCustomers());
            List<Object> row = new ArrayList<>();
            row.add(l.month(m));
            row.add(complete ? count(orders, l) : "—");
            row.add(claim(
                    count(c.claimedPurchases(), l),
                    complete && c.claimedPurchases().compareTo(orders) > 0));
            row.add(complete ? l.money(c.verified().revenue()) : "—");
            row.add(claim(
                    l.money(c.claimedValue()),
                    complete && c.claimedValue().compareTo(c.verified().revenue()) > 0));
            row.add(complete ? count(newCustomers, l) : "—");
            row.add(claim(
                    count(c.claimedNewCustomers(), l),
                    complete && c.claimedNewCustomers().compareTo(newCustomers) > 0));
            table.addRow(row);
        }
        Paragraph rule = new Paragraph(l.t("groundTruth.rule"));
        rule.addClassNames("hint", "wrap-text");
        section.add(table, rule, new Anchor("sales", l.t("groundTruth.more")));
        return section;
    }

    /** An agency's claim: a text, or marked when it is above what the shop recorded. */
    private static Object claim(String text, boolean over) {
        if (!over) {
            return text;
        }
        return new app.baton.shared.ui.SimpleTable.Marked(text + " ▲", "compare-over");
    }

    private static String count(BigDecimal value, InsightLabels l) {
        return app.baton.shared.Formats.number(
                value.setScale(0, RoundingMode.HALF_UP).longValue(), l.locale());
    }
}
