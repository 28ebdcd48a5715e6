package app.baton.budgets.ui;

import app.baton.budgets.ActualSpend;
import app.baton.budgets.RequestDetail;
import app.baton.budgets.RequestRow;
import app.baton.budgets.Tier;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Beside a request's decision: for the channel the money leaves and the one it goes to, the year's plan, what was
 * actually spent (the dashboard's definition), what remains now and after approval, overspending in red; and the
 * other open requests that want the same money.
 */
final class MoneyContext extends Div {

    MoneyContext(
            RequestDetail detail,
            Map<ActualSpend.Place, ActualSpend.Figures> figures,
            List<RequestRow> open,
            BudgetLabels labels) {
        addClassNames("decision-ask", "money-context");
        add(new H3(getTranslation("request.context.title")));
        RequestRow row = detail.row();
        if (row.fromTier() != null && row.fromChannelId() != null) {
            add(place(
                    "request.context.from",
                    row.fromTier(),
                    row.fromChannelId(),
                    row.amount().negate(),
                    figures,
                    labels));
        }
        if (row.toTier() != null && row.toChannelId() != null) {
            add(place("request.context.to", row.toTier(), row.toChannelId(), row.amount(), figures, labels));
        }
        List<RequestRow> same = open.stream()
                .filter(r -> r.id() != row.id())
                .filter(r -> row.fromChannelId() != null
                        && (row.fromChannelId().equals(r.fromChannelId())
                                || row.fromChannelId().equals(r.toChannelId())))
                .toList();
        if (!same.isEmpty()) {
            StringBuilder list = new StringBuilder();
            for (RequestRow r : same) {
                if (!list.isEmpty()) {
                    list.append(getTranslation("common.listSeparator"));
                }
                list.append(getTranslation("request.context.otherOne", r.id(), labels.money(r.amount())));
            }
            Paragraph others = new Paragraph(getTranslation("request.context.others", same.size(), list.toString()));
            others.addClassNames("warning-text", "money-others");
            add(others);
        }
        Span definition = new Span(getTranslation("request.context.definition"));
        definition.addClassName("hint");
        add(definition);
    }

    private Div place(
            String key,
            Tier tier,
            long channelId,
            BigDecimal change,
            Map<ActualSpend.Place, ActualSpend.Figures> figures,
            BudgetLabels labels) {
        Div box = new Div();
        box.addClassName("money-place");
        box.add(new Span(getTranslation(key, labels.place(tier, channelId))));
        ActualSpend.@Nullable Figures f = figures.get(new ActualSpend.Place(tier, channelId));
        if (f == null) {
            Span none = new Span(getTranslation("request.context.noFigures"));
            none.addClassName("hint");
            box.add(none);
            return box;
        }
        BigDecimal after = f.remaining().add(change);
        Span line = new Span(getTranslation(
                "request.context.line",
                labels.money(f.planned()),
                labels.money(f.actual()),
                labels.money(f.remaining()),
                labels.money(after)));
        line.addClassName("money-line");
        box.add(line);
        if (f.remaining().signum() < 0 || after.signum() < 0) {
            Span over = new Span(getTranslation(
                    f.remaining().signum() < 0 ? "request.context.overspent" : "request.context.overspentAfter",
                    labels.money(f.remaining().negate().max(after.negate()))));
            over.addClassNames("error-text", "money-overspent");
            box.add(over);
        }
        return box;
    }
}
