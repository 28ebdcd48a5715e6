package app.baton.sales.ui;

import app.baton.reports.GroundTruth;
import app.baton.sales.ChannelFigures;
import app.baton.sales.SalesComparison;
import app.baton.sales.SalesQueryService;
import app.baton.sales.VerifiedSales;
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

    private final SalesQueryService sales;
    private final String currency;
    private final ComboBox<YearMonth> month = new ComboBox<>();
    private final Div body = new Div();
    private boolean anyOver;

    ComparisonPanel(SalesQueryService sales, String currency, YearMonth lastMonth) {
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
        SalesComparison c = sales.compare(m);
        VerifiedSales v = c.verified();
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
        byChannel(c, locale);
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

    /**
     * Per channel: the orders and revenue the company's own UTM tags and coupons attribute to it beside what the
     * engagements claim for it; the orders no tag or coupon attributes are a row of their own.
     */
    private void byChannel(SalesComparison c, Locale locale) {
        VerifiedSales v = c.verified();
        java.util.Map<String, BigDecimal[]> claimed = new java.util.TreeMap<>();
        for (GroundTruth.Claim claim : c.claims()) {
            if (!claim.purchases()) {
                continue;
            }
            claim.byChannel().forEach((code, sums) -> {
                BigDecimal[] sum =
                        claimed.computeIfAbsent(code, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sum[0] = sum[0].add(sums.conversions() == null ? BigDecimal.ZERO : sums.conversions());
                sum[1] = sum[1].add(sums.conversionValue() == null ? BigDecimal.ZERO : sums.conversionValue());
            });
        }
        java.util.Set<String> codes = new java.util.TreeSet<>(claimed.keySet());
        v.byChannel().keySet().stream()
                .filter(code -> !code.equals(app.baton.sales.parsing.Attribution.NONE))
                .forEach(codes::add);
        if (codes.isEmpty()) {
            return;
        }
        Div table = new Div();
        table.addClassNames("compare-table", "compare-channels");
        table.add(
                cell(getTranslation("sales.compare.channel"), "compare-head"),
                cell(getTranslation("sales.compare.attributed"), "compare-head"),
                cell(getTranslation("sales.compare.claimed"), "compare-head"));
        for (String code : codes) {
            ChannelFigures own = v.byChannel().get(code);
            BigDecimal[] claim = claimed.get(code);
            String label = code.equals(app.baton.sales.parsing.Attribution.OTHER)
                    ? getTranslation("sales.compare.otherTags")
                    : code.startsWith("#") ? code : getTranslation("channel." + code);
            String verified = own == null
                    ? "—"
                    : getTranslation(
                            "sales.compare.ordersRevenue",
                            Formats.number(own.orders(), locale),
                            Formats.money(own.revenue(), currency, locale));
            String claimedText = claim == null
                    ? "—"
                    : getTranslation(
                            "sales.compare.ordersRevenue",
                            number(claim[0], locale),
                            Formats.money(claim[1], currency, locale));
            boolean over = claim != null && own != null && claim[0].compareTo(BigDecimal.valueOf(own.orders())) > 0;
            row(table, label, verified, claimedText, over);
        }
        ChannelFigures none = v.byChannel().get(app.baton.sales.parsing.Attribution.NONE);
        if (none != null) {
            row(
                    table,
                    getTranslation("sales.compare.unattributed"),
                    getTranslation(
                            "sales.compare.ordersRevenue",
                            Formats.number(none.orders(), locale),
                            Formats.money(none.revenue(), currency, locale)),
                    "",
                    false);
        }
        Paragraph hint = new Paragraph(getTranslation("sales.compare.attributedRule"));
        hint.addClassNames("hint", "wrap-text");
        body.add(new H3(getTranslation("sales.compare.byChannel")), table, hint);
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
