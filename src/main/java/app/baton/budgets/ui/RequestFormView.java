package app.baton.budgets.ui;

import app.baton.budgets.BudgetPlanQueryService;
import app.baton.budgets.BudgetRequestQueryService;
import app.baton.budgets.BudgetRequestService;
import app.baton.budgets.ChannelService;
import app.baton.budgets.PlanStatus;
import app.baton.budgets.PlanSummary;
import app.baton.budgets.PlanView;
import app.baton.budgets.RequestCommand;
import app.baton.budgets.RequestId;
import app.baton.security.CurrentUser;
import app.baton.security.Roles;
import app.baton.shared.DomainException;
import app.baton.shared.ui.Toasts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Asking for a budget change. As the person types, the check beside the form shows the amounts before and after,
 * any guardrail it breaks, and whether it will be approved at once under the delegated limit or go to the
 * founders (or cannot be submitted, and why).
 */
@Route("budget/requests/new")
@RolesAllowed({Roles.FOUNDER, Roles.SUCCESSOR})
class RequestFormView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final BudgetPlanQueryService plans;
    private final BudgetRequestService requests;
    private final BudgetRequestQueryService queries;
    private final ChannelService channels;
    private final YearMonth thisMonth;
    private final Select<PlanSummary> planChoice = new Select<>();
    private final RequestPreviewPanel preview = new RequestPreviewPanel();
    private final RequestForm form;
    private final Div content = new Div();
    private BudgetLabels labels;
    private boolean built;

    public RequestFormView(
            BudgetPlanQueryService plans,
            BudgetRequestService requests,
            BudgetRequestQueryService queries,
            ChannelService channels,
            CurrentUser currentUser,
            Clock clock) {
        this.plans = plans;
        this.requests = requests;
        this.queries = queries;
        this.channels = channels;
        String currency = currentUser.requireMembership().currency();
        this.thisMonth =
                YearMonth.now(clock.withZone(currentUser.requireMembership().zoneId()));
        this.labels = new BudgetLabels(this, List.of(), currency, null);
        this.form = new RequestForm(currency, labels, this::check);
        addClassName("page");
        content.setWidthFull();
        add(new H2(getTranslation("request.form.title")), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<PlanSummary> active = plans.plans().stream()
                .filter(p -> p.status() == PlanStatus.ACTIVE)
                .toList();
        if (built && !active.isEmpty()) {
            return;
        }
        content.removeAll();
        if (active.isEmpty()) {
            Button open = new Button(
                    getTranslation("nav.budget"), click -> UI.getCurrent().navigate(BudgetPlanView.class));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div empty = new Div(
                    new H3(getTranslation("request.form.noActivePlan")),
                    new Paragraph(getTranslation("request.form.noActivePlanText")),
                    open);
            empty.addClassName("empty-state");
            content.add(empty);
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
        prefill(event.getLocation().getQueryParameters());
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
        Button submit = new Button(getTranslation("request.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), click -> BudgetNavigation.toRequests());
        HorizontalLayout buttons = new HorizontalLayout(cancel, submit);
        buttons.setWrap(true);
        VerticalLayout left = new VerticalLayout(planChoice, form);
        left.setPadding(false);
        left.addClassName("form-main");
        // the buttons come after the checks on a phone, so nobody sends a request without seeing a broken guardrail
        buttons.addClassName("form-buttons");
        Div layout = new Div(left, preview, buttons);
        layout.addClassName("form-with-aside");
        content.add(layout);
        loadPlan(chosen.id());
    }

    /** {@code ?fromTier=&fromChannel=&toTier=&toChannel=&month=2026-10&amount=&reason=} from the monthly review. */
    private void prefill(com.vaadin.flow.router.QueryParameters query) {
        if (query.getParameters().isEmpty()) {
            return;
        }
        form.prefill(
                query.getSingleParameter("fromTier")
                        .flatMap(RequestFormView::tier)
                        .orElse(null),
                query.getSingleParameter("fromChannel")
                        .flatMap(RequestFormView::parseLong)
                        .orElse(null),
                query.getSingleParameter("toTier")
                        .flatMap(RequestFormView::tier)
                        .orElse(null),
                query.getSingleParameter("toChannel")
                        .flatMap(RequestFormView::parseLong)
                        .orElse(null),
                query.getSingleParameter("month")
                        .flatMap(RequestFormView::month)
                        .orElse(null),
                query.getSingleParameter("amount")
                        .flatMap(RequestFormView::amount)
                        .orElse(null),
                query.getSingleParameter("reason").orElse(null));
    }

    private static Optional<app.baton.budgets.Tier> tier(String text) {
        try {
            return Optional.of(app.baton.budgets.Tier.valueOf(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<YearMonth> month(String text) {
        try {
            return Optional.of(YearMonth.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<java.math.BigDecimal> amount(String text) {
        try {
            return Optional.of(new java.math.BigDecimal(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void loadPlan(long planId) {
        PlanView plan = plans.plan(planId);
        List<ChannelService.ChannelView> all = channels.channels();
        labels = new BudgetLabels(this, all, plan.currency(), plan.firstMonth());
        form.setPlan(plan, all, labels, thisMonth);
    }

    /** The live check: quiet until there is an amount to check. */
    private void check() {
        Optional<RequestCommand> command = form.command(false);
        if (command.isEmpty()) {
            preview.clear();
            return;
        }
        try {
            preview.show(queries.preview(command.get()), labels);
        } catch (DomainException e) {
            preview.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void submit() {
        form.clearErrors();
        Optional<RequestCommand> command = form.command(true);
        if (command.isEmpty()) {
            return;
        }
        form.refusals()
                .then(refused -> {
                    if ("budget.plan.changed".equals(refused.messageKey())) {
                        // keep what was typed; the check now shows the amounts as they are
                        form.refreshPlan(plans.plan(command.get().planId()));
                    }
                })
                .call(() -> requests.submit(command.get()))
                .ifPresent(saved -> {
                    Toasts.success(
                            saved.row().delegated() ? "request.submittedDelegated" : "request.submittedToFounders");
                    BudgetNavigation.toRequest(new RequestId(saved.row().id()));
                });
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
