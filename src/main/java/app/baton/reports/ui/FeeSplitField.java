package app.baton.reports.ui;

import app.baton.budgets.ChannelService.ChannelView;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The monthly fee's split over the engagement's channels as one field of the engagement form: a whole percentage per
 * channel, shown from two channels on, evenly to begin with and kept as typed when channels are added or removed. An
 * emptied percentage is {@code -1}, which the service refuses beside it ({@code engagement.feeSplit.invalid}).
 */
final class FeeSplitField extends CustomField<Map<Long, Integer>> {

    private final Div body = new Div();
    private final Map<Long, IntegerField> fields = new LinkedHashMap<>();
    private Map<Long, Integer> saved = Map.of();
    private List<ChannelView> chosen = List.of();

    FeeSplitField() {
        super(Map.of());
        addClassName("fee-split");
        body.setWidthFull();
        add(body);
        setWidthFull();
    }

    /** The channels chosen on the form: one percentage each. */
    void show(List<ChannelView> channels) {
        chosen = channels.stream()
                .sorted(Comparator.comparingLong(ChannelView::id))
                .toList();
        render(typed(), true);
    }

    /** The percentage fields, for refusals shown beside them. */
    List<IntegerField> percentages() {
        return List.copyOf(fields.values());
    }

    @Override
    protected Map<Long, Integer> generateModelValue() {
        Map<Long, Integer> out = new LinkedHashMap<>();
        fields.forEach((id, field) -> out.put(id, field.getValue() == null ? -1 : field.getValue()));
        return out;
    }

    @Override
    protected void setPresentationValue(Map<Long, Integer> split) {
        saved = Map.copyOf(split);
        render(saved, false);
    }

    private Map<Long, Integer> typed() {
        Map<Long, Integer> typed = new HashMap<>(saved);
        fields.forEach((id, field) -> {
            if (field.getValue() != null) {
                typed.put(id, field.getValue());
            }
        });
        return typed;
    }

    private void render(Map<Long, Integer> typed, boolean changed) {
        body.removeAll();
        fields.clear();
        if (chosen.size() < 2) {
            if (changed) {
                updateValue();
            }
            return;
        }
        boolean keep = chosen.stream().allMatch(c -> typed.containsKey(c.id()));
        int even = 100 / chosen.size();
        Paragraph hint = new Paragraph(getTranslation("engagement.feeSplitHint"));
        hint.addClassNames("hint", "wrap-text");
        Div row = new Div();
        row.addClassName("fee-split-fields");
        for (int i = 0; i < chosen.size(); i++) {
            ChannelView c = chosen.get(i);
            IntegerField field = new IntegerField(getTranslation(
                    "engagement.feeSplitOf", c.name() != null ? c.name() : getTranslation("channel." + c.code())));
            field.setMin(0);
            field.setMax(100);
            field.setSuffixComponent(new Span("%"));
            field.setValue(keep ? typed.get(c.id()) : i == 0 ? 100 - even * (chosen.size() - 1) : even);
            field.addClassName("fee-split-field");
            field.addValueChangeListener(e -> updateValue());
            fields.put(c.id(), field);
            row.add(field);
        }
        body.add(new Span(getTranslation("engagement.feeSplit")), hint, row);
        if (changed) {
            updateValue();
        }
    }
}
