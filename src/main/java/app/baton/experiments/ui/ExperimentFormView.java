package app.baton.experiments.ui;

import app.baton.budgets.ChannelService;
import app.baton.budgets.ChannelService.ChannelView;
import app.baton.experiments.ExperimentDetail;
import app.baton.experiments.ExperimentMethod;
import app.baton.experiments.ExperimentQueryService;
import app.baton.experiments.ExperimentService;
import app.baton.experiments.Proposal;
import app.baton.reports.EngagementView;
import app.baton.security.CurrentUser;
import app.baton.security.Roles;
import app.baton.shared.DomainException;
import app.baton.shared.TextLimits;
import app.baton.shared.ui.CommandBinder;
import app.baton.shared.ui.MoneyField;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Proposing an experiment, or changing a draft: hypothesis, channel, method, budget and dates, and one to five
 * success metrics. Beside it, as the person types, a summary for the founder: the share of the experiment tier's
 * free money, any guardrail it breaks, the worst-case loss, how long until results, and what decides success.
 */
@Route("experiments/new")
@RouteAlias("experiments/:experimentId/edit")
@RolesAllowed({Roles.FOUNDER, Roles.SUCCESSOR})
class ExperimentFormView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ExperimentService experiments;
    private final ExperimentQueryService queries;
    private final ExperimentLabels labels;
    private final ProposalSummary summary;
    private final TextField title = new TextField();
    private final TextArea hypothesis = new TextArea();
    private final ComboBox<ChannelView> channel = new ComboBox<>();
    private final ComboBox<EngagementView> engagement = new ComboBox<>();
    private final List<EngagementView> engagements;
    private final Select<ExperimentMethod> method = new Select<>();
    private final MoneyField budget;
    private final DatePicker start = new DatePicker();
    private final DatePicker end = new DatePicker();
    private final Div content = new Div();
    private final LocalDate today;
    private final List<ChannelView> channels;
    private final MetricsEditor metrics = new MetricsEditor();
    private final AbPlanEditor abPlan = new AbPlanEditor(start::getValue, end::getValue);
    private final CommandBinder<Proposal> binder = new CommandBinder<>(Proposal.class);
    private @Nullable ExperimentDetail editing;

    public ExperimentFormView(
            ExperimentService experiments,
            ExperimentQueryService queries,
            ChannelService channelService,
            app.baton.reports.EngagementQueryService engagementService,
            CurrentUser currentUser,
            Clock clock) {
        this.experiments = experiments;
        this.queries = queries;
        this.engagements = engagementService.engagements();
        String currency = currentUser.requireMembership().currency();
        this.channels =
                channelService.channels().stream().filter(c -> !c.archived()).toList();
        this.labels = new ExperimentLabels(this, channels, currency);
        this.summary = new ProposalSummary(queries, labels);
        this.today =
                LocalDate.now(clock.withZone(currentUser.requireMembership().zoneId()));
        this.budget = new MoneyField(getTranslation("experiment.budget"), currency);
        bind();
        addClassName("page");
        content.setWidthFull();
        add(new H2(getTranslation("experiment.form.title")), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> id = event.getRouteParameters().get(ExperimentNavigation.EXPERIMENT_ID);
        editing = null;
        if (id.isPresent()) {
            try {
                ExperimentDetail detail = queries.detail(Long.parseLong(id.get()));
                if (!detail.mayEdit()) {
                    throw new DomainException("experiment.notEditable");
                }
                editing = detail;
            } catch (NumberFormatException | DomainException e) {
                content.removeAll();
                Div empty = new Div(new Paragraph(
                        getTranslation(e instanceof DomainException d ? d.messageKey() : "experiment.notFound")));
                empty.addClassName("empty-state");
                content.add(empty);
                return;
            }
        }
        build();
    }

    /**
     * Each field to its part of the proposal: the text limits are the record's own constraints, checked as the person
     * types; a chosen channel or agency becomes its id, the amount is read as money.
     */
    private void bind() {
        binder.forField(title).bind("title");
        binder.forField(hypothesis).bind("hypothesis");
        binder.forField(channel)
                .asRequired(getTranslation("experiment.channelRequired"))
                .withConverter(ChannelView::id, this::channelOf)
                .bind("channelId");
        binder.forField(method)
                .asRequired(getTranslation("experiment.methodRequired"))
                .bind("method");
        binder.forField(budget)
                .asRequired(getTranslation("money.required"))
                .withConverter(budget.converter(null))
                .bind("requestedBudget");
        binder.forField(start)
                .asRequired(getTranslation("experiment.startRequired"))
                .bind("startDate");
        binder.forField(end)
                .asRequired(getTranslation("experiment.endRequired"))
                .bind("endDate");
        binder.forField(metrics).bind("metrics");
        binder.forField(abPlan).bind("abTest");
        binder.forField(engagement)
                .withConverter(
                        (EngagementView e) -> e == null ? null : e.id(),
                        id -> engagements.stream()
                                .filter(e -> id != null && e.id() == id)
                                .findFirst()
                                .orElse(null))
                .bind("engagementId");
        binder.addValueChangeListener(e -> check());
    }

    private @Nullable ChannelView channelOf(@Nullable Long id) {
        return channels.stream()
                .filter(c -> id != null && c.id() == id)
                .findFirst()
                .orElse(null);
    }

    private void build() {
        content.removeAll();
        title.setLabel(getTranslation("experiment.title"));
        title.setMaxLength(TextLimits.NAME);
        title.setRequired(true);
        hypothesis.setLabel(getTranslation("experiment.hypothesis"));
        hypothesis.setPlaceholder(getTranslation("experiment.hypothesis.placeholder"));
        hypothesis.setMaxLength(TextLimits.TEXT);
        hypothesis.setRequired(true);
        channel.setLabel(getTranslation("budget.channel"));
        channel.setItems(channels);
        channel.setItemLabelGenerator(c -> labels.channel(c.id()));
        engagement.setLabel(getTranslation("experiment.engagement"));
        engagement.setPlaceholder(getTranslation("experiment.engagement.none"));
        engagement.setClearButtonVisible(true);
        engagement.setItems(engagements);
        engagement.setItemLabelGenerator(e -> e == null ? "" : e.agencyName() + " · " + e.title());
        engagement.setVisible(!engagements.isEmpty());
        method.setLabel(getTranslation("experiment.method"));
        method.setItems(ExperimentMethod.values());
        method.setItemLabelGenerator(m -> m == null ? "" : getTranslation("experiment.method." + m.name()));
        for (DatePicker picker : List.of(start, end)) {
            picker.setLocale(getLocale());
            picker.setMin(today);
            // the picker's own lower bound speaks with the service's words (the binder runs it first)
            picker.setI18n(new DatePicker.DatePickerI18n()
                    .setMinErrorMessage(getTranslation("experiment.startInPast"))
                    .setBadInputErrorMessage(getTranslation("experiment.startInPast")));
        }
        start.setLabel(getTranslation("experiment.start"));
        end.setLabel(getTranslation("experiment.end"));
        budget.setRequired(true);
        if (editing != null) {
            var row = editing.row();
            binder.readRecord(new Proposal(
                    row.title(),
                    editing.hypothesis(),
                    row.channelId(),
                    row.method(),
                    row.budget(),
                    row.startDate(),
                    row.endDate(),
                    editing.metrics(),
                    editing.engagementId(),
                    editing.abPlan()));
        } else {
            method.setValue(ExperimentMethod.PILOT);
            app.baton.experiments.ProposalDefaults.Period period = queries.defaultPeriod();
            start.setValue(period.start());
            end.setValue(period.end());
            channels.stream().filter(c -> "LINE".equals(c.code())).findFirst().ifPresent(channel::setValue);
        }
        FormLayout form = new FormLayout(title, hypothesis, channel, method, budget, start, end, engagement);
        form.setColspan(hypothesis, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
        Button save = new Button(getTranslation("experiment.saveDraft"), click -> save(false));
        Button submit = new Button(getTranslation("experiment.submit"), click -> save(true));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = new HorizontalLayout(save, submit);
        buttons.setWrap(true);
        method.addValueChangeListener(e -> showAbPlan());
        showAbPlan();
        VerticalLayout left = new VerticalLayout(form, metrics, abPlan);
        left.setPadding(false);
        left.addClassName("form-main");
        // on a phone the founder's summary comes before the buttons
        buttons.addClassName("form-buttons");
        Div layout = new Div(left, summary, buttons);
        layout.addClassName("form-with-aside");
        content.add(layout);
        check();
    }

    /**
     * The A/B sizing shows for an A/B test only, started from the conversion-rate metric's baseline (typed in per
     * cent there too).
     */
    private void showAbPlan() {
        boolean ab = method.getValue() == ExperimentMethod.AB_TEST;
        abPlan.setVisible(ab);
        if (ab) {
            abPlan.startWith(metrics.getValue().stream()
                    .filter(m -> m.kind() == app.baton.experiments.MetricKind.CR)
                    .findFirst()
                    .map(m -> m.baseline()
                            .multiply(java.math.BigDecimal.valueOf(100))
                            .stripTrailingZeros())
                    .orElse(null));
        }
    }

    /** The founder's summary beside the form, as the person types. */
    private void check() {
        abPlan.describe();
        summary.show(
                budget.amount().orElse(null),
                start.getValue(),
                end.getValue(),
                channel.getValue() == null ? null : channel.getValue().id(),
                metrics.getValue());
    }

    private void save(boolean andSubmit) {
        Optional<Proposal> written = binder.write();
        if (written.isEmpty()) {
            return;
        }
        Proposal proposal = written.get();
        new Refusals()
                .field(title, "experiment.titleRequired")
                .field(hypothesis, "experiment.hypothesisRequired")
                .field(end, "experiment.endBeforeStart")
                .field(start, "experiment.startInPast")
                .field(budget, "request.amountPositive", "money.")
                .field(channel, "experiment.channelRequired")
                .field(method, "experiment.methodRequired")
                .field(metrics, "experiment.metrics.")
                .field(abPlan, "experiment.ab.")
                .call(() -> {
                    ExperimentDetail saved = editing == null
                            ? experiments.create(proposal)
                            : experiments.update(editing.row().id(), editing.version(), proposal);
                    return andSubmit ? experiments.submit(saved.row().id(), saved.version()) : saved;
                })
                .ifPresent(saved -> {
                    Toasts.success(andSubmit ? "experiment.submitted" : "common.saved");
                    ExperimentNavigation.toDetails(saved.row().id());
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("experiment.form.title");
    }
}
