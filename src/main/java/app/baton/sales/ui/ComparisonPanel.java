package app.baton.sales.ui;

import app.baton.reports.GroundTruth;
import app.baton.sales.SalesService;
import app.baton.shared.Formats;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Claimed against verified for a month: the company's orders, revenue and new customers beside what the agencies'
 * current reports claim (every engagement and channel added up), then each engagement's claim on its own.
 */
final class ComparisonPanel extends Div {

    private final SalesService sales;
    private final String currency;
    private final ComboBox<YearMonth> month = new ComboBox<>();
    private final Div body = new Div();
    private boolean anyOver;

    ComparisonPanel(SalesService sales, String currency, YearMonth lastMonth) {
        this.sales = sales;
        this.currency = currency;
        addClassNames("notice", "sales-comparison");
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            months.add(lastMonth.plusMonths(1).minusMonths(i));
        }
        month.setLabel(getTranslation("sales.compare.month"));
        month.setItems(months);
        month.setItemLabelGenerator(m -> m == null ? "" : Formats.month(m, getLocale()));
        month.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                render(e.getValue());
            }
        });
        add(new H3(getTranslation("sales.compare.title")), month, body);
        month.setValue(lastMonth);
    }

    void show(YearMonth m) {
        if (m.equals(month.getValue())) {
            render(m);
        } else {
            month.setValue(m);
        }
    }

    private void render(YearMonth m) {
        body.removeAll();
        anyOver = false;
        Locale locale = getLocale();
        SalesService.Comparison c = sales.compare(m);
        SalesService.Verified v = c.verified();
        if (v.daysCovered() == 0) {
            body.add(new Paragraph(getTranslation("sales.compare.noSales")));
            return;
        }
        if (!v.complete()) {
            Paragraph partial =
                    new Paragraph(getTranslation("sales.compare.partial", v.daysCovered(), m.lengthOfMonth()));
            partial.addClassNames("error-text", "wrap-text");
            body.add(partial);
        }
        Div table = new Div();
        table.addClassName("compare-table");
        table.add(
                cell("", "compare-head"),
                cell(getTranslation("sales.compare.verified"), "compare-head"),
                cell(getTranslation("sales.compare.claimed"), "compare-head"));
        row(
                table,
                getTranslation("sales.compare.orders"),
                Formats.number(v.orders(), locale),
                number(c.claimedPurchases(), locale),
                c.claimedPurchases().compareTo(BigDecimal.valueOf(v.orders())) > 0);
        row(
                table,
                getTranslation("sales.compare.revenue"),
                Formats.money(v.revenue(), currency, locale),
                Formats.money(c.claimedValue(), currency, locale),
                c.claimedValue().compareTo(v.revenue()) > 0);
        row(
                table,
                getTranslation("sales.compare.newCustomers"),
                Formats.number(v.newCustomers(), locale),
                number(c.claimedNewCustomers(), locale),
                c.claimedNewCustomers().compareTo(BigDecimal.valueOf(v.newCustomers())) > 0);
        body.add(table);
        if (anyOver) {
            Paragraph legend = new Paragraph(getTranslation("sales.compare.overLegend"));
            legend.addClassNames("error-text", "wrap-text");
            body.add(legend);
        }
        if (c.claims().isEmpty()) {
            body.add(new Paragraph(getTranslation("sales.compare.noClaims")));
        }
        for (GroundTruth.Claim claim : c.claims()) {
            List<String> parts = new ArrayList<>();
            claim.byChannel()
                    .forEach((code, sums) -> parts.add(getTranslation(
                            "sales.compare.channelClaim",
                            code.startsWith("#") ? code : getTranslation("channel." + code),
                            number(sums.conversions() == null ? BigDecimal.ZERO : sums.conversions(), locale))));
            Paragraph line = new Paragraph(getTranslation(
                    "sales.compare.engagement", claim.engagement(), claim.versionNumber(), String.join("、", parts)));
            line.addClassNames("item-meta", "wrap-text");
            body.add(line);
        }
        Paragraph rule = new Paragraph(getTranslation("sales.compare.rule"));
        rule.addClassNames("hint", "wrap-text");
        body.add(rule);
    }

    private void row(Div table, String label, String verified, String claimed, boolean over) {
        table.add(cell(label, "compare-label"), cell(verified, "compare-verified"));
        Span claim = cell(claimed, "compare-claimed");
        if (over) {
            claim.addClassName("compare-over");
            anyOver = true;
            claim.setText(getTranslation("sales.compare.over", claimed));
        }
        table.add(claim);
    }

    private static Span cell(String text, String className) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }

    private static String number(BigDecimal value, Locale locale) {
        return Formats.number(value.setScale(0, java.math.RoundingMode.HALF_UP).longValue(), locale);
    }
}
