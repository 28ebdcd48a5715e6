package app.baton.budgets.ui;

import app.baton.budgets.BudgetPlanQueryService;
import app.baton.budgets.BudgetPlanService;
import app.baton.budgets.ChannelService;
import app.baton.budgets.PlanStatus;
import app.baton.budgets.PlanSummary;
import app.baton.budgets.PlanView;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipRole;
import app.baton.security.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The yearly budget: tiers × channels × months with totals, original vs current once active, and each tier's
 * guardrail status. Founders create, edit (while DRAFT) and activate; successors read and ask for changes.
 */
@Route("budget")
@Menu(order = 10, icon = "vaadin:money", title = "nav.budget")
@RolesAllowed({Roles.FOUNDER, Roles.SUCCESSOR})
public class BudgetPlanView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final BudgetPlanService plans;
    private final BudgetPlanQueryService queries;
    private final ChannelService channels;
    private final app.baton.budgets.PlanAgreementService agreements;
    private final boolean founder;
    private final String currency;
    private final LocalDate today;
    private final java.time.ZoneId zone;
    private final Select<PlanSummary> year = new Select<>();
    private final Div content = new Div();

    private final java.util.Optional<app.baton.budgets.ActualSpend> actuals;

    public BudgetPlanView(
            BudgetPlanService plans,
            BudgetPlanQueryService queries,
            ChannelService channels,
            app.baton.budgets.PlanAgreementService agreements,
            CurrentUser currentUser,
            java.time.Clock clock,
            org.springframework.beans.factory.ObjectProvider<app.baton.budgets.ActualSpend> actuals) {
        this.actuals = java.util.Optional.ofNullable(actuals.getIfAvailable());
        this.plans = plans;
        this.queries = queries;
        this.channels = channels;
        this.agreements = agreements;
        this.founder = currentUser.requireMembership().role() == MembershipRole.FOUNDER;
        this.currency = currentUser.requireMembership().currency();
        this.zone = currentUser.requireMembership().zoneId();
        this.today = LocalDate.now(clock.withZone(zone));
        addClassName("page");
        year.setItemLabelGenerator(p -> getTranslation(
                "budget.plan.yearLabel",
                p.fiscalYear(),
                getTranslation("budget.plan.status." + p.status().name())));
        year.setAriaLabel(getTranslation("budget.plan.fiscalYear"));
        year.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                show(queries.plan(e.getValue().id()));
            }
        });
        Button create = new Button(
                getTranslation("budget.plan.new"),
                VaadinIcon.PLUS.create(),
                click -> new CreatePlanDialog(plans, currency, suggestedYear(), this::reload).open());
        Button channelsLink = new Button(
                getTranslation("budget.channels.title"),
                click -> UI.getCurrent().navigate(ChannelsView.class));
        channelsLink.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header =
                new HorizontalLayout(new H2(getTranslation("budget.plan.title")), year, create, channelsLink);
        header.addClassName("page-header");
        header.setWidthFull();
        header.setAlignItems(Alignment.BASELINE);
        header.setWrap(true);
        content.setWidthFull();
        add(header, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<PlanView> current = Optional.empty();
        List<PlanSummary> all = queries.plans();
        if (!all.isEmpty()) {
            int wanted = event.getLocation()
                    .getQueryParameters()
                    .getSingleParameter("year")
                    .map(Integer::parseInt)
                    .orElse(today.getYear());
            PlanSummary chosen = all.stream()
                    .filter(p -> p.fiscalYear() == wanted)
                    .findFirst()
                    .orElse(all.get(0));
            current = Optional.of(queries.plan(chosen.id()));
        }
        year.setItems(all);
        current.ifPresentOrElse(this::show, this::showEmpty);
    }

    private void reload(PlanView plan) {
        year.setItems(queries.plans());
        show(plan);
    }

    private void showEmpty() {
        year.setVisible(false);
        content.removeAll();
        Div empty = new Div(
                new H3(getTranslation("budget.plan.none")),
                new Paragraph(getTranslation(founder ? "budget.plan.noneFounder" : "budget.plan.noneSuccessor")));
        empty.addClassName("empty-state");
        // either generation drafts the plan; the founder activates it
        Button start = new Button(
                getTranslation("budget.plan.new"),
                click -> new CreatePlanDialog(plans, currency, suggestedYear(), this::reload).open());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        empty.add(start);
        content.add(empty);
    }

    private void show(PlanView plan) {
        year.setVisible(true);
        queries.plans().stream().filter(p -> p.id() == plan.id()).findFirst().ifPresent(year::setValue);
        BudgetLabels labels = new BudgetLabels(this, channels, plan.currency(), plan.firstMonth());
        content.removeAll();
        boolean draft = plan.status() == PlanStatus.DRAFT;

        PlanActions actions = new PlanActions(plans, channels, plan, labels, founder, this::reload);
        Paragraph gridHint = new Paragraph(getTranslation(draft ? "budget.grid.hintDraft" : "budget.grid.hintActive"));
        gridHint.addClassName("hint");
        PlanGrid grid = new PlanGrid(
                plan, labels, row -> new ChannelAmountsDialog(plans, plan, row, labels, true, this::reload).open());
        java.util.Map<app.baton.budgets.Tier, app.baton.budgets.ActualSpend.Figures> figures =
                plan.status() == app.baton.budgets.PlanStatus.ACTIVE
                        ? actuals.map(a -> a.byTier(plan.fiscalYear())).orElse(java.util.Map.of())
                        : java.util.Map.of();
        // whether both generations agreed it comes first: on a phone the founder signs without scrolling
        content.add(
                new PlanAgreementPanel(agreements, plan, labels, zone, this::reload, () -> queries.plan(plan.id())),
                new PlanOverview(plan, labels, zone, figures),
                actions,
                gridHint,
                grid);
    }

    private int suggestedYear() {
        return queries.suggestedFiscalYear();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("budget.plan.title");
    }
}
