package app.baton.insights.ui;

import app.baton.budgets.Tier;
import app.baton.shared.ui.SimpleTable;
import com.vaadin.flow.component.html.Anchor;
import org.jspecify.annotations.Nullable;

/** Links from a number to the rows it came from (router links, so the page does not reload). */
final class Links {

    private Links() {}

    static Anchor to(String href, String text) {
        Anchor a = new Anchor(href, text);
        a.getElement().setAttribute("router-link", true);
        a.addClassName("figure-link");
        return a;
    }

    /** The same link as a table's cell, written straight into the table's HTML (no component made). */
    static SimpleTable.Link cell(String href, String text) {
        return new SimpleTable.Link(href, text, "figure-link");
    }

    /** The sources page of an amount: a year, optionally a month (0–11), a tier and a channel. */
    static String sources(int year, @Nullable Integer month, @Nullable Tier tier, @Nullable Long channelId) {
        StringBuilder href =
                new StringBuilder(InsightsNavigation.sources()).append("?year=").append(year);
        if (month != null) {
            href.append("&month=").append(month);
        }
        if (tier != null) {
            href.append("&tier=").append(tier.name());
        }
        if (channelId != null) {
            href.append("&channel=").append(channelId);
        }
        return href.toString();
    }

    /** The dashboard of a year, optionally on one month. */
    static String dashboard(int year, @Nullable Integer month) {
        return InsightsNavigation.dashboard() + "?year=" + year + (month == null ? "" : "&month=" + month);
    }

    /** A whole number from a query parameter, or empty when it is not one. */
    static java.util.Optional<Integer> number(String text) {
        try {
            return java.util.Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
