package app.baton.budgets.ui;

import app.baton.budgets.ChannelRow;
import app.baton.budgets.ChannelService.ChannelView;
import app.baton.budgets.PlanView;
import app.baton.budgets.RequestCommand;
import app.baton.budgets.RequestKind;
import app.baton.budgets.Tier;
import app.baton.shared.TextLimits;
import app.baton.shared.ui.MoneyField;
import app.baton.shared.ui.Refusals;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a budget change request: kind, amount, source and target (tier, channel, months), reason and
 * evidence. Sensible defaults (the source channel with the most money, the current month, target months following
 * the source months), a command when the fields hold one, and refusals shown next to the field they concern.
 */
class RequestForm extends VerticalLayout {

    private final RadioButtonGroup<RequestKind> kind = new RadioButtonGroup<>();
    private final MoneyField amount;
    private final Select<Tier> fromTier = new Select<>();
    private final ComboBox<ChannelView> fromChannel = new ComboBox<>();
    private final MultiSelectComboBox<YearMonth> fromMonths = new MultiSelectComboBox<>();
    private final Select<Tier> toTier = new Select<>();
    private final ComboBox<ChannelView> toChannel = new ComboBox<>();
    private final MultiSelectComboBox<YearMonth> toMonths = new MultiSelectComboBox<>();
    private final TextArea reason = new TextArea();
    private final TextArea evidence = new TextArea();
    private final Div fromSection = new Div();
    private final Div toSection = new Div();
    private final Runnable changed;
    private @Nullable PlanView plan;
    private List<ChannelView> channels = List.of();
    private BudgetLabels labels;
    private boolean toMonthsTouched;

    RequestForm(String currency, BudgetLabels labels, Runnable changed) {
        this.labels = labels;
        this.changed = changed;
        this.amount = new MoneyField(getTranslation("request.amount"), currency);
        setPadding(false);
        addClassName("request-form");
        kind.setLabel(getTranslation("request.kind"));
        kind.setItems(RequestKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("request.kind." + k.name()) + " — "
                + getTranslation("request.kind." + k.name() + ".help"));
        kind.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        kind.setValue(RequestKind.MOVE);
        amount.setRequired(true);
        fromTier.setLabel(getTranslation("request.fromTier"));
        fromTier.setItems(Tier.values());
        fromTier.setItemLabelGenerator(t -> this.labels.tier(t));
        fromTier.setValue(Tier.FOUNDATION);
        fromChannel.setLabel(getTranslation("request.fromChannel"));
        fromMonths.setLabel(getTranslation("request.fromMonths"));
        toTier.setLabel(getTranslation("request.toTier"));
        toTier.setItems(Tier.values());
        toTier.setItemLabelGenerator(t -> this.labels.tier(t));
        toTier.setValue(Tier.EXPERIMENT);
        toChannel.setLabel(getTranslation("request.toChannel"));
        toMonths.setLabel(getTranslation("request.toMonths"));
        reason.setLabel(getTranslation("request.reason"));
        reason.setRequired(true);
        reason.setMaxLength(TextLimits.TEXT);
        reason.setHelperText(getTranslation("request.reason.help"));
        evidence.setLabel(getTranslation("request.evidence"));
        evidence.setHelperText(getTranslation("request.evidence.help"));

        kind.addValueChangeListener(e -> kindChanged());
        fromTier.addValueChangeListener(e -> channelsChanged());
        toTier.addValueChangeListener(e -> channelsChanged());
        fromMonths.addValueChangeListener(e -> {
            if (!toMonthsTouched) {
                toMonths.setValue(e.getValue());
            }
            changed.run();
        });
        toMonths.addValueChangeListener(e -> {
            toMonthsTouched |= e.isFromClient();
            changed.run();
        });
        amount.addValueChangeListener(e -> changed.run());
        fromChannel.addValueChangeListener(e -> changed.run());
        toChannel.addValueChangeListener(e -> changed.run());
        reason.addValueChangeListener(e -> reason.setInvalid(false));
        evidence.addValueChangeListener(e -> evidence.setInvalid(false));

        FormLayout fromForm = new FormLayout(fromTier, fromChannel, fromMonths);
        fromSection.add(new H3(getTranslation("request.from")), fromForm);
        FormLayout toForm = new FormLayout(toTier, toChannel, toMonths);
        toSection.add(new H3(getTranslation("request.to")), toForm);
        for (FormLayout f : List.of(fromForm, toForm)) {
            f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 3));
        }
        FormLayout texts = new FormLayout(reason, evidence);
        texts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(kind, amount, fromSection, toSection, texts);
    }

    /** Shows a plan's months and channels; the current month (or the plan's first) is chosen on both sides. */
    void setPlan(PlanView newPlan, List<ChannelView> allChannels, BudgetLabels newLabels, YearMonth thisMonth) {
        this.plan = newPlan;
        this.channels = allChannels.stream().filter(c -> !c.archived()).toList();
        this.labels = newLabels;
        List<YearMonth> months = newPlan.months();
        for (MultiSelectComboBox<YearMonth> box : List.of(fromMonths, toMonths)) {
            box.setItems(months);
            box.setItemLabelGenerator(newLabels::month);
        }
        YearMonth start = months.contains(thisMonth) ? thisMonth : months.get(0);
        fromMonths.setValue(Set.of(start));
        toMonths.setValue(Set.of(start));
        toMonthsTouched = false;
        kindChanged();
    }

    /**
     * Starts the form from a suggestion (the monthly review's "open a budget change request"): a move out of or into
     * a channel in one month, an amount and a reason the person can change. Unknown values are left as they are.
     */
    void prefill(
            @Nullable Tier from,
            @Nullable Long fromChannelId,
            @Nullable Tier to,
            @Nullable Long toChannelId,
            @Nullable YearMonth month,
            @Nullable BigDecimal value,
            @Nullable String why) {
        PlanView current = plan;
        if (current == null) {
            return;
        }
        kind.setValue(RequestKind.MOVE);
        if (from != null) {
            fromTier.setValue(from);
        }
        if (to != null) {
            toTier.setValue(to);
        }
        channelsChanged();
        channels.stream()
                .filter(c -> fromChannelId != null && c.id() == fromChannelId)
                .findFirst()
                .ifPresent(fromChannel::setValue);
        channels.stream()
                .filter(c -> toChannelId != null && c.id() == toChannelId)
                .findFirst()
                .ifPresent(toChannel::setValue);
        if (month != null && current.months().contains(month)) {
            fromMonths.setValue(Set.of(month));
            toMonths.setValue(Set.of(month));
        }
        if (value != null && value.signum() > 0) {
            amount.setAmount(value);
        }
        if (why != null && !why.isBlank()) {
            reason.setValue(why.length() > 1000 ? why.substring(0, 1000) : why);
        }
        changed.run();
    }

    /** The plan as it is now, keeping everything typed (after "the plan changed"). */
    void refreshPlan(PlanView fresh) {
        this.plan = fresh;
        changed.run();
    }

    /**
     * The request the fields describe. {@code complete} marks a missing amount as an error and includes the reason
     * and evidence; without it (for the live check) an empty amount simply means "nothing to check yet".
     */
    Optional<RequestCommand> command(boolean complete) {
        PlanView current = plan;
        if (current == null) {
            return Optional.empty();
        }
        Optional<BigDecimal> value = complete ? amount.requiredAmount() : amount.amount();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        RequestKind k = kind.getValue();
        return Optional.of(new RequestCommand(
                current.id(),
                current.changeCount(),
                k,
                value.get(),
                k.hasSource() ? fromTier.getValue() : null,
                k.hasSource() && fromChannel.getValue() != null
                        ? fromChannel.getValue().id()
                        : null,
                k.hasSource() ? new ArrayList<>(fromMonths.getValue()) : List.of(),
                k.hasTarget() ? toTier.getValue() : null,
                k.hasTarget() && toChannel.getValue() != null
                        ? toChannel.getValue().id()
                        : null,
                k.hasTarget() ? new ArrayList<>(toMonths.getValue()) : List.of(),
                complete ? reason.getValue() : "-",
                complete ? evidence.getValue() : null));
    }

    void clearErrors() {
        fromChannel.setInvalid(false);
        toChannel.setInvalid(false);
        fromMonths.setInvalid(false);
        toMonths.setInvalid(false);
        reason.setInvalid(false);
        evidence.setInvalid(false);
    }

    /** Where the service's refusals of a request show: next to the field each concerns, else as a notification. */
    Refusals refusals() {
        return new Refusals()
                .field(amount, "request.amountPositive", "money.tooManyDecimals", "money.invalid")
                .field(fromChannel, "request.fromRequired", "request.drawFromReserve")
                .field(
                        toChannel,
                        "request.toRequired",
                        "request.drawIntoOtherTier",
                        "request.sameSourceAndTarget",
                        "budget.channel.archived")
                .field(fromMonths, "request.monthsRequired", "request.monthOutsidePlan")
                .field(reason, "request.reasonRequired", "request.textTooLong")
                .field(evidence, "request.evidenceInvalid");
    }

    private void kindChanged() {
        RequestKind k = kind.getValue();
        fromSection.setVisible(k.hasSource());
        toSection.setVisible(k.hasTarget());
        fromTier.setReadOnly(k == RequestKind.RESERVE_DRAW);
        if (k == RequestKind.RESERVE_DRAW) {
            fromTier.setValue(Tier.RESERVE);
            if (toTier.getValue() == Tier.RESERVE) {
                toTier.setValue(Tier.FOUNDATION);
            }
        }
        channelsChanged();
    }

    private void channelsChanged() {
        PlanView current = plan;
        if (current == null) {
            return;
        }
        Set<Long> inFromTier = channelIds(current, fromTier.getValue());
        List<ChannelView> sources =
                channels.stream().filter(c -> inFromTier.contains(c.id())).toList();
        fromChannel.setItems(sources);
        fromChannel.setItemLabelGenerator(
                c -> labels.name(c) + " · " + labels.money(channelTotal(fromTier.getValue(), c.id())));
        toChannel.setItems(channels);
        toChannel.setItemLabelGenerator(labels::name);
        if (fromChannel.getValue() == null || !sources.contains(fromChannel.getValue())) {
            // the channel with the most money is the likeliest source
            sources.stream()
                    .max(Comparator.comparing(c -> channelTotal(fromTier.getValue(), c.id())))
                    .ifPresent(fromChannel::setValue);
        }
        Set<Long> inToTier = channelIds(current, toTier.getValue());
        if (toChannel.getValue() == null || !channels.contains(toChannel.getValue())) {
            channels.stream().filter(c -> inToTier.contains(c.id())).findFirst().ifPresent(toChannel::setValue);
        }
        changed.run();
    }

    private static Set<Long> channelIds(PlanView plan, Tier tier) {
        Set<Long> ids = new TreeSet<>();
        plan.tier(tier).channels().forEach(r -> ids.add(r.channelId()));
        return ids;
    }

    private BigDecimal channelTotal(Tier tier, long channelId) {
        PlanView current = plan;
        if (current == null) {
            return BigDecimal.ZERO;
        }
        return current.tier(tier).channels().stream()
                .filter(r -> r.channelId() == channelId)
                .findFirst()
                .map(ChannelRow::total)
                .orElse(BigDecimal.ZERO);
    }
}
