package app.baton.insights.ui;

import app.baton.budgets.ui.BudgetNavigation;
import app.baton.insights.MeetingPack;
import app.baton.insights.MeetingService;
import app.baton.insights.MeetingService.DecisionKind;
import app.baton.insights.MeetingService.Meeting;
import app.baton.insights.Suggestions;
import app.baton.shared.Formats;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.YearMonth;

/**
 * What the rules suggest for the month (a month whose reports are not all in says so first); each suggestion can open
 * a budget request already filled in, or be written down as a decision.
 */
final class MeetingSuggestionsPanel extends Div {

    private final YearMonth month;
    private final MeetingView.Decide decide;

    MeetingSuggestionsPanel(Meeting m, InsightLabels l, MeetingView.Decide decide) {
        this.month = m.month();
        this.decide = decide;
        addClassName("dashboard-section");
        add(new H3(getTranslation("meeting.suggestions")));
        fill(m, l);
    }

    private void fill(Meeting m, InsightLabels l) {
        Div section = this;
        Paragraph hint = new Paragraph(getTranslation("meeting.suggestionsHint"));
        hint.addClassName("hint");
        section.add(hint);
        // a month whose reports are not all in says so: its channels' spend and KPIs would be judged on missing data
        for (MeetingService.Incomplete i : m.incomplete()) {
            String channels = i.channelIds().stream()
                    .sorted()
                    .map(l::channel)
                    .collect(java.util.stream.Collectors.joining(getTranslation("common.listSeparator")));
            Paragraph notice = new Paragraph(getTranslation(
                    i.late() ? "meeting.incomplete.late" : "meeting.incomplete.waiting",
                    i.engagement(),
                    l.month(m.month()),
                    channels));
            notice.addClassNames("meeting-incomplete", "warning-text");
            section.add(notice);
        }
        if (m.suggestions().isEmpty()) {
            section.add(new Paragraph(getTranslation("meeting.suggestionsNone")));
        }
        for (Suggestions.Suggestion s : m.suggestions()) {
            String text = s.amount() == null || s.amount().signum() == 0
                    ? MeetingPack.suggestionText(s, l)
                    : getTranslation(
                            "meeting.suggestion.withAmount", MeetingPack.suggestionText(s, l), l.money(s.amount()));
            Div item = new Div(new Span(text));
            item.addClassName("meeting-item");
            item.addClassName(
                    s.kind() == Suggestions.Kind.TOO_EARLY
                            ? "suggest-wait"
                            : s.kind().from() ? "suggest-from" : "suggest-to");
            if (!m.record().closed() && s.kind() == Suggestions.Kind.TOO_EARLY) {
                // nothing to move: the family may still note it
                item.add(decide.button(DecisionKind.NOTE, null, text));
            } else if (!m.record().closed()) {
                Anchor request = Links.to(requestLink(s, text), getTranslation("meeting.openRequest"));
                item.add(request, decide.button(DecisionKind.NOTE, null, text));
            }
            section.add(item);
        }
    }

    /** The request form started from a suggestion: money out of the channel, or into it, in the meeting's month. */
    private String requestLink(Suggestions.Suggestion s, String text) {
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
        String side = s.kind().from() ? "from" : "to";
        params.put(side + "Tier", s.tier().name());
        params.put(side + "Channel", Long.toString(s.channelId()));
        params.put("month", month.toString());
        if (s.amount() != null && s.amount().signum() > 0) {
            params.put("amount", s.amount().stripTrailingZeros().toPlainString());
        }
        params.put("reason", getTranslation("meeting.requestReason", Formats.month(month, getLocale()), text));
        return BudgetNavigation.newRequest(params);
    }
}
