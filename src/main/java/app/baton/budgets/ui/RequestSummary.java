package app.baton.budgets.ui;

import app.baton.budgets.RequestDetail;
import app.baton.budgets.RequestRow;
import app.baton.shared.Formats;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** What a request asks for, in large type: the kind and amount, from and to, who asked when, why, and the evidence. */
class RequestSummary extends Div {

    RequestSummary(RequestDetail detail, BudgetLabels labels, ZoneId zone) {
        addClassName("decision-ask");
        RequestRow row = detail.row();
        Span kind = new Span(labels.kind(row.kind()));
        kind.addClassName("decision-kind");
        Span amount = new Span(labels.money(row.amount()));
        amount.addClassName("big-amount");
        add(kind, amount);
        if (row.fromTier() != null) {
            line("request.from", labels.place(row.fromTier(), row.fromChannelId()));
        }
        if (row.toTier() != null) {
            line("request.to", labels.place(row.toTier(), row.toChannelId()));
        }
        line("request.requester", row.requesterName() + " · " + Formats.dateTime(row.submittedAt(), zone, getLocale()));
        line("request.reason", detail.reason());
        if (detail.evidenceLinks() != null) {
            Div links = new Div();
            links.addClassName("evidence");
            detail.evidenceLinks().lines().forEach(link -> {
                Anchor anchor = new Anchor(link, link, AnchorTarget.BLANK);
                anchor.getElement().setAttribute("rel", "noopener noreferrer");
                links.add(new Div(anchor));
            });
            Div line = line("request.evidenceShort", null);
            line.add(links);
        }
    }

    private Div line(String labelKey, @Nullable String value) {
        Div line = new Div();
        line.addClassName("decision-line");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("stat-label");
        line.add(label);
        if (value != null) {
            line.add(new Span(value));
        }
        add(line);
        return line;
    }
}
