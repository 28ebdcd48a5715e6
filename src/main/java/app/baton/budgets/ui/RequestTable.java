package app.baton.budgets.ui;

import app.baton.budgets.RequestId;
import app.baton.budgets.RequestRow;
import app.baton.shared.Formats;
import app.baton.shared.ui.Markup;
import app.baton.shared.ui.StatusBadge;
import com.vaadin.flow.component.Component;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The requests of {@link RequestListView} as an HTML table whose rows link to each request, and as a table to export:
 * the same columns, the same words.
 */
final class RequestTable {

    /** The amount's column, aligned right. */
    private static final int AMOUNT = 3;

    private final Component owner;
    private final BudgetLabels labels;
    private final ZoneId zone;
    private final List<String> headers;
    private final Locale locale;

    RequestTable(Component owner, BudgetLabels labels, ZoneId zone, Locale locale) {
        this.owner = owner;
        this.locale = locale;
        this.labels = labels;
        this.zone = zone;
        this.headers = List.of(
                "#",
                owner.getTranslation("request.filter.status"),
                owner.getTranslation("request.kind"),
                owner.getTranslation("request.amount"),
                owner.getTranslation("request.fromTo"),
                owner.getTranslation("request.requester"),
                owner.getTranslation("request.submittedAt"));
    }

    /** The rows as a table; on a phone each row is a card (the labels come from {@code data-label}, baton.css). */
    String html(List<RequestRow> rows) {
        Document document = Markup.document();
        Element t = document.appendElement("table").addClass("request-table");
        Element head = t.appendElement("thead").appendElement("tr");
        for (int i = 0; i < headers.size(); i++) {
            Element th = head.appendElement("th").attr("scope", "col").text(headers.get(i));
            if (i == AMOUNT) {
                th.addClass("num");
            }
        }
        Element body = t.appendElement("tbody");
        for (RequestRow r : rows) {
            Element row = body.appendElement("tr");
            // the whole row is the link's target (baton.css stretches it over the row)
            cell(row, 0)
                    .appendElement("a")
                    .attr("href", BudgetNavigation.request(new RequestId(r.id())))
                    .attr("router-link", true)
                    .addClass("row-link")
                    .text("#" + r.id());
            StatusBadge badge = labels.status(r.status());
            cell(row, 1).appendChild(Markup.node(document, badge));
            cell(row, 2).text(labels.kind(r.kind()));
            cell(row, AMOUNT).addClass("num").text(labels.money(r.amount()));
            cell(row, 4).text(fromTo(r));
            cell(row, 5).text(r.requesterName());
            cell(row, 6).text(Formats.dateTime(r.submittedAt(), zone, locale));
        }
        return t.outerHtml();
    }

    private Element cell(Element row, int column) {
        return row.appendElement("td").attr("data-label", headers.get(column));
    }

    private String fromTo(RequestRow r) {
        return (r.fromTier() == null ? "" : labels.place(r.fromTier(), r.fromChannelId()))
                + (r.toTier() == null ? "" : " → " + labels.place(r.toTier(), r.toChannelId()));
    }

    /** The rows to export under {@code title}, amounts as numbers. */
    app.baton.shared.export.Table export(String title, List<RequestRow> rows) {
        app.baton.shared.export.Table table = new app.baton.shared.export.Table(title, headers);
        for (RequestRow r : rows) {
            table.row(
                    r.id(),
                    owner.getTranslation("request.status." + r.status().name()),
                    labels.kind(r.kind()),
                    r.amount(),
                    fromTo(r),
                    r.requesterName(),
                    Formats.dateTime(r.submittedAt(), zone, locale));
        }
        return table;
    }
}
