package app.baton.budgets.ui;

import app.baton.budgets.BudgetPlanService;
import app.baton.budgets.BudgetPlanService.PlanSummary;
import app.baton.budgets.BudgetPlanService.PlanView;
import app.baton.budgets.BudgetRequestService;
import app.baton.budgets.BudgetRequestService.RequestCommand;
import app.baton.budgets.ChannelService;
import app.baton.budgets.ChannelService.ChannelView;
import app.baton.budgets.PlanStatus;
import app.baton.budgets.RequestKind;
import app.baton.budgets.Tier;
import app.baton.security.CurrentUser;
import app.baton.security.Roles;
import app.baton.shared.DomainException;
import app.baton.shared.ui.MoneyField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Asking for a budget change: what kind, how much, from where, to where, which months, and why. As the person types,
 * the check beside the form shows the amounts before and after, any guardrail it breaks, and whether it will be
 * approved at once under the delegated limit or go to the founders.
 */
@Route("budget/requests/new")
@RolesAllowed({Roles.FOUNDER, Roles.SUCCESSOR})
public class RequestFormView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final BudgetPlanService plans;
    private final BudgetRequestService requests;
    private final ChannelService channelService;
    private final YearMonth thisMonth;
    private final String currency;
    private final Select<PlanSummary> planChoice = new Select<>();
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
    private final RequestPreviewPanel preview;
    private final Div form = new Div();
    private @Nullable PlanView plan;
    private BudgetLabels labels;
    private boolean toMonthsTouched;
    private boolean built;

    public RequestFormView(
            BudgetPlanService plans,
            BudgetRequestService requests,
            ChannelService channelService,
            CurrentUser currentUser,
            Clock clock) {
        this.plans = plans;
        this.requests = requests;
        this.channelService = channelService;
        this.currency = currentUser.requireMembership().currency();
        this.thisMonth =
                YearMonth.now(clock.withZone(currentUser.requireMembership().zoneId()));
        this.labels = new BudgetLabels(this, channelService, currency, null);
        this.amount = new MoneyField(getTranslation("request.amount"), currency);
        this.preview = new RequestPreviewPanel();
        addClassName("page");
        add(new H2(getTranslation("request.form.title")));
        add(form);
        form.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<PlanSummary> active = plans.plans().stream()
                .filter(p -> p.status() == PlanStatus.ACTIVE)
                .toList();
        if (built && !active.isEmpty()) {
            return;
        }
        form.removeAll();
        if (active.isEmpty()) {
            Div empty = new Div(
                    new H3(getTranslation("request.form.noActivePlan")),
                    new Paragraph(getTranslation("request.form.noActivePlanText")));
            Button open = new Button(
                    getTranslation("nav.budget"), click -> UI.getCurrent().navigate(BudgetPlanView.class));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            empty.add(open);
            empty.addClassName("empty-state");
            form.add(empty);
            return;
        }
        Optional<Long> wanted = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("plan")
                .flatMap(RequestFormView::parseLong);
        PlanSummary chosen = active.stream()
                .filter(p -> wanted.map(id -> id == p.id()).orElse(p.fiscalYear() == thisMonth.getYear()))
                .findFirst()
                .orElse(active.get(0));
        build(active, chosen);
        built = true;
    }

    private void build(List<PlanSummary> active, PlanSummary chosen) {
        planChoice.setLabel(getTranslation("budget.plan.fiscalYear"));
        planChoice.setItems(active);
        planChoice.setItemLabelGenerator(p -> Integer.toString(p.fiscalYear()));
        planChoice.setValue(chosen);
        planChoice.setVisible(active.size() > 1);
        planChoice.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                loadPlan(e.getValue().id());
            }
        });

        kind.setLabel(getTranslation("request.kind"));
        kind.setItems(RequestKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("request.kind." + k.name()) + " — "
                + getTranslation("request.kind." + k.name() + ".help"));
        kind.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        kind.setValue(RequestKind.MOVE);
        kind.addValueChangeListener(e -> kindChanged());

        amount.setRequired(true);
        fromTier.setLabel(getTranslation("request.fromTier"));
        fromTier.setItems(Tier.values());
        fromTier.setItemLabelGenerator(t -> labels.tier(t));
        fromTier.setValue(Tier.FOUNDATION);
        fromChannel.setLabel(getTranslation("request.fromChannel"));
        fromMonths.setLabel(getTranslation("request.fromMonths"));
        toTier.setLabel(getTranslation("request.toTier"));
        toTier.setItems(Tier.values());
        toTier.setItemLabelGenerator(t -> labels.tier(t));
        toTier.setValue(Tier.EXPERIMENT);
        toChannel.setLabel(getTranslation("request.toChannel"));
        toMonths.setLabel(getTranslation("request.toMonths"));
        reason.setLabel(getTranslation("request.reason"));
        reason.setRequired(true);
        reason.setMaxLength(2000);
        reason.setHelperText(getTranslation("request.reason.help"));
        evidence.setLabel(getTranslation("request.evidence"));
        evidence.setHelperText(getTranslation("request.evidence.help"));

        fromTier.addValueChangeListener(e -> channelsChanged());
        toTier.addValueChangeListener(e -> channelsChanged());
        fromMonths.addValueChangeListener(e -> {
            if (!toMonthsTouched) {
                toMonths.setValue(e.getValue());
            }
            check();
        });
        toMonths.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                toMonthsTouched = true;
            }
            check();
        });
        amount.addValueChangeListener(e -> check());
        reason.addValueChangeListener(e -> reason.setInvalid(false));
        evidence.addValueChangeListener(e -> evidence.setInvalid(false));
        fromChannel.addValueChangeListener(e -> check());
        toChannel.addValueChangeListener(e -> check());

        FormLayout fromForm = new FormLayout(fromTier, fromChannel, fromMonths);
        fromSection.removeAll();
        fromSection.add(new H3(getTranslation("request.from")), fromForm);
        FormLayout toForm = new FormLayout(toTier, toChannel, toMonths);
        toSection.removeAll();
        toSection.add(new H3(getTranslation("request.to")), toForm);
        for (FormLayout f : List.of(fromForm, toForm)) {
            f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 3));
        }
        FormLayout texts = new FormLayout(reason, evidence);
        texts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

        Button submit = new Button(getTranslation("request.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClassName("big-button");
        Button cancel = new Button(
                getTranslation("common.cancel"), click -> UI.getCurrent().navigate(RequestListView.class));
        HorizontalLayout buttons = new HorizontalLayout(cancel, submit);
        buttons.setWrap(true);

        VerticalLayout left = new VerticalLayout(planChoice, kind, amount, fromSection, toSection, texts, buttons);
        left.setPadding(false);
        left.addClassName("request-form");
        Div layout = new Div(left, preview);
        layout.addClassName("form-with-aside");
        form.add(layout);
        loadPlan(chosen.id());
    }

    private void loadPlan(long planId) {
        PlanView loaded = plans.plan(planId);
        plan = loaded;
        labels = new BudgetLabels(this, channelService, loaded.currency(), loaded.firstMonth());
        List<YearMonth> months = loaded.months();
        for (MultiSelectComboBox<YearMonth> box : List.of(fromMonths, toMonths)) {
            box.setItems(months);
            box.setItemLabelGenerator(labels::month);
        }
        YearMonth start = months.contains(thisMonth) ? thisMonth : months.get(0);
        fromMonths.setValue(Set.of(start));
        toMonths.setValue(Set.of(start));
        toMonthsTouched = false;
        kindChanged();
    }

    private void kindChanged() {
        RequestKind k = kind.getValue();
        fromSection.setVisible(k.hasSource());
        toSection.setVisible(k.hasTarget());
        if (k == RequestKind.RESERVE_DRAW) {
            fromTier.setValue(Tier.RESERVE);
            fromTier.setReadOnly(true);
            if (toTier.getValue() == Tier.RESERVE) {
                toTier.setValue(Tier.FOUNDATION);
            }
        } else {
            fromTier.setReadOnly(false);
        }
        channelsChanged();
    }

    private void channelsChanged() {
        if (plan == null) {
            return;
        }
        List<ChannelView> all =
                channelService.channels().stream().filter(c -> !c.archived()).toList();
        Set<Long> inFromTier = new TreeSet<>();
        plan.tier(fromTier.getValue()).channels().forEach(r -> inFromTier.add(r.channelId()));
        List<ChannelView> sources =
                all.stream().filter(c -> inFromTier.contains(c.id())).toList();
        fromChannel.setItems(sources);
        fromChannel.setItemLabelGenerator(
                c -> labels.name(c) + " · " + labels.money(channelTotal(fromTier.getValue(), c.id())));
        toChannel.setItems(all);
        toChannel.setItemLabelGenerator(labels::name);
        if (fromChannel.getValue() == null || !sources.contains(fromChannel.getValue())) {
            // the channel with the most money is the likeliest source
            sources.stream()
                    .max(java.util.Comparator.comparing(c -> channelTotal(fromTier.getValue(), c.id())))
                    .ifPresent(fromChannel::setValue);
        }
        Set<Long> inToTier = new TreeSet<>();
        plan.tier(toTier.getValue()).channels().forEach(r -> inToTier.add(r.channelId()));
        if (toChannel.getValue() == null || !all.contains(toChannel.getValue())) {
            all.stream().filter(c -> inToTier.contains(c.id())).findFirst().ifPresent(toChannel::setValue);
        }
        check();
    }

    private BigDecimal channelTotal(Tier tier, long channelId) {
        if (plan == null) {
            return BigDecimal.ZERO;
        }
        return plan.tier(tier).channels().stream()
                .filter(r -> r.channelId() == channelId)
                .findFirst()
                .map(BudgetPlanService.ChannelRow::total)
                .orElse(BigDecimal.ZERO);
    }

    /** The live check: quiet until the amount and places are filled in. */
    private void check() {
        Optional<RequestCommand> command = command(false);
        if (command.isEmpty() || plan == null) {
            preview.clear();
            return;
        }
        try {
            preview.show(requests.preview(command.get()), labels);
        } catch (DomainException e) {
            preview.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private Optional<RequestCommand> command(boolean complete) {
        if (plan == null) {
            return Optional.empty();
        }
        Optional<BigDecimal> value = complete ? amount.requiredAmount() : amount.amount();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        RequestKind k = kind.getValue();
        return Optional.of(new RequestCommand(
                plan.id(),
                plan.changeCount(),
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

    private void submit() {
        for (var field : List.of(fromChannel, toChannel)) {
            field.setInvalid(false);
        }
        fromMonths.setInvalid(false);
        toMonths.setInvalid(false);
        reason.setInvalid(false);
        evidence.setInvalid(false);
        Optional<RequestCommand> command = command(true);
        if (command.isEmpty()) {
            return;
        }
        try {
            BudgetRequestService.RequestDetail saved = requests.submit(command.get());
            app.baton.shared.ui.Toasts.success(
                    saved.row().delegated() ? "request.submittedDelegated" : "request.submittedToFounders");
            RequestDetailsView.open(saved.row().id());
        } catch (DomainException e) {
            showError(e);
        }
    }

    private void showError(DomainException e) {
        String text = getTranslation(e.messageKey(), e.arguments());
        switch (e.messageKey()) {
            case "request.amountPositive", "money.tooManyDecimals", "money.invalid" -> amount.showError(e);
            case "request.fromRequired", "request.drawFromReserve" -> invalid(fromChannel, text);
            case "request.toRequired",
                    "request.drawIntoOtherTier",
                    "request.sameSourceAndTarget",
                    "budget.channel.archived" -> invalid(toChannel, text);
            case "request.monthsRequired", "request.monthOutsidePlan" -> {
                fromMonths.setErrorMessage(text);
                fromMonths.setInvalid(true);
            }
            case "request.reasonRequired", "request.textTooLong" -> {
                reason.setErrorMessage(text);
                reason.setInvalid(true);
            }
            case "request.evidenceInvalid" -> {
                evidence.setErrorMessage(text);
                evidence.setInvalid(true);
            }
            case "budget.plan.changed" -> {
                // keep what was typed; reload the plan so the check shows the amounts as they are now
                app.baton.shared.ui.Toasts.error(e);
                if (plan != null) {
                    PlanView fresh = plans.plan(plan.id());
                    plan = fresh;
                    check();
                }
            }
            default -> app.baton.shared.ui.Toasts.error(e);
        }
    }

    private static void invalid(ComboBox<ChannelView> field, String text) {
        field.setErrorMessage(text);
        field.setInvalid(true);
    }

    private static Optional<Long> parseLong(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.form.title");
    }
}
