package app.baton.insights.ui;

import app.baton.budgets.ChannelService.ChannelView;
import app.baton.insights.ChannelGoal;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The channels whose own KPI targets differ from the company's, as one field of the goal form: a row per channel (the
 * channel and its CAC, ROAS, ROI, CR and LTV:CAC targets, each optional) and a button to add one. A row without a
 * channel or without any target is left out.
 */
final class ChannelGoalsEditor extends CustomField<List<ChannelGoal>> {

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final List<ChannelView> channels;
    private final InsightLabels l;

    ChannelGoalsEditor(List<ChannelView> channels, InsightLabels l) {
        super(List.of());
        this.channels = channels;
        this.l = l;
        Button add = new Button(l.t("goals.channels.add"), VaadinIcon.PLUS.create(), click -> {
            addRow(null);
            updateValue();
        });
        Div body = new Div(list, add);
        body.setWidthFull();
        body.addClassName("channel-goals-body");
        add(body);
        setWidthFull();
    }

    @Override
    protected List<ChannelGoal> generateModelValue() {
        List<ChannelGoal> goals = new ArrayList<>();
        for (Row row : rows) {
            ChannelGoal goal = row.value();
            if (goal != null && !goal.empty()) {
                goals.add(goal);
            }
        }
        return List.copyOf(goals);
    }

    @Override
    protected void setPresentationValue(List<ChannelGoal> goals) {
        rows.clear();
        list.removeAll();
        goals.forEach(this::addRow);
    }

    private void addRow(@Nullable ChannelGoal goal) {
        Row row = new Row(goal);
        rows.add(row);
        list.add(row);
    }

    /** One channel's own targets. */
    private final class Row extends HorizontalLayout {

        private final Select<ChannelView> channel = new Select<>();
        private final BigDecimalField cac = field("goals.field.cac", null);
        private final BigDecimalField roas = field("goals.field.roas", null);
        private final BigDecimalField roiPct = field("goals.field.roiPct", "%");
        private final BigDecimalField crPct = field("goals.field.crPct", "%");
        private final BigDecimalField ltvCac = field("goals.field.ltvCac", null);

        Row(@Nullable ChannelGoal goal) {
            addClassName("channel-goal");
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setWrap(true);
            channel.setLabel(l.t("goals.channels.channel"));
            channel.setItems(channels);
            channel.setItemLabelGenerator(c -> c == null ? "" : l.channel(c.id()));
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                rows.remove(this);
                list.remove(this);
                updateValue();
            });
            remove.setAriaLabel(l.t("goals.channels.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            if (goal != null) {
                channel.setValue(channels.stream()
                        .filter(c -> c.id() == goal.channelId())
                        .findFirst()
                        .orElse(null));
                cac.setValue(goal.cac());
                roas.setValue(goal.roas());
                roiPct.setValue(goal.roiPct());
                crPct.setValue(goal.crPct());
                ltvCac.setValue(goal.ltvCac());
            }
            channel.addValueChangeListener(e -> updateValue());
            for (BigDecimalField f : List.of(cac, roas, roiPct, crPct, ltvCac)) {
                f.addValueChangeListener(e -> updateValue());
            }
            add(channel, cac, roas, roiPct, crPct, ltvCac, remove);
        }

        private BigDecimalField field(String key, @Nullable String suffix) {
            BigDecimalField f = new BigDecimalField(l.t(key));
            f.setWidth("9em");
            if (suffix != null) {
                f.setSuffixComponent(new Span(suffix));
            }
            return f;
        }

        @Nullable
        ChannelGoal value() {
            ChannelView chosen = channel.getValue();
            if (chosen == null) {
                return null;
            }
            return new ChannelGoal(
                    chosen.id(),
                    cac.getValue(),
                    roas.getValue(),
                    roiPct.getValue(),
                    crPct.getValue(),
                    ltvCac.getValue());
        }
    }
}
