package app.baton.budgets.ui;

import app.baton.budgets.BudgetPlanService;
import app.baton.budgets.BudgetPlanService.PlanSummary;
import app.baton.budgets.BudgetPlanService.PlanView;
import app.baton.budgets.BudgetPlanService.TierView;
import app.baton.budgets.ChannelService;
import app.baton.budgets.PlanStatus;
import app.baton.budgets.Tier;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipRole;
import app.baton.security.Roles;
import app.baton.shared.DomainException;
import app.baton.shared.Formats;
import app.baton.shared.Money;
import app.baton.shared.ui.StatusBadge;
import app.baton.shared.ui.Toasts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import org.jspecify.annotations.Nullable;

/**
 * The yearly budget: tiers × channels × months with totals, original vs current once active, and each tier's
 * guardrail status. Founders create, edit (while DRAFT) and activate; successors read and ask for changes.
 */
@Route("budget")
@Menu(order = 10, icon = "vaadin:money", title = "nav.budget")
@RolesAllowed({Roles.FOUNDER, Roles.SUCCESSOR})
public class BudgetPlanView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final BudgetPlanService plans;
    private final ChannelService channels;
    private final boolean founder;
    private final String currency;
    private final LocalDate today;
    private final java.time.ZoneId zone;
    private final Select<PlanSummary> year = new Select<>();
    private final Div content = new Div();

    public BudgetPlanView(
            BudgetPlanService plans, ChannelService channels, CurrentUser currentUser, java.time.Clock clock) {
        this.plans = plans;
        this.channels = channels;
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
                show(plans.plan(e.getValue().id()));
            }
        });
        Button create = new Button(
                getTranslation("budget.plan.new"),
                VaadinIcon.PLUS.create(),
                click -> new CreatePlanDialog(plans, currency, suggestedYear(), this::reload).open());
        create.setVisible(founder);
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
        List<PlanSummary> all = plans.plans();
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
            current = Optional.of(plans.plan(chosen.id()));
        }
        year.setItems(all);
        current.ifPresentOrElse(this::show, this::showEmpty);
    }

    private void reload(PlanView plan) {
        year.setItems(plans.plans());
        show(plan);
    }

    private void showEmpty() {
        year.setVisible(false);
        content.removeAll();
        Div empty = new Div(
                new H3(getTranslation("budget.plan.none")),
                new Paragraph(getTranslation(founder ? "budget.plan.noneFounder" : "budget.plan.noneSuccessor")));
        empty.addClassName("empty-state");
        if (founder) {
            Button start = new Button(
                    getTranslation("budget.plan.new"),
                    click -> new CreatePlanDialog(plans, currency, suggestedYear(), this::reload).open());
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            empty.add(start);
        }
        content.add(empty);
    }

    private void show(PlanView plan) {
        year.setVisible(true);
        plans.plans().stream().filter(p -> p.id() == plan.id()).findFirst().ifPresent(year::setValue);
        BudgetLabels labels = new BudgetLabels(this, channels, plan.currency(), plan.firstMonth());
        content.removeAll();
        boolean draft = plan.status() == PlanStatus.DRAFT;

        StatusBadge status = new StatusBadge(
                getTranslation("budget.plan.status." + plan.status().name()),
                draft ? StatusBadge.Tone.NEUTRAL : StatusBadge.Tone.SUCCESS);
        Span since = new Span(
                plan.activatedAt() == null
                        ? getTranslation("budget.plan.draftHint")
                        : getTranslation(
                                "budget.plan.activeSince", Formats.date(plan.activatedAt(), zone, getLocale())));
        since.addClassName("hint");
        HorizontalLayout statusRow = new HorizontalLayout(status, since);
        statusRow.setAlignItems(Alignment.CENTER);
        statusRow.setWrap(true);

        Div stats = new Div();
        stats.addClassName("stat-grid");
        stats.add(stat(getTranslation("budget.plan.revenueForecast"), labels.money(plan.revenueForecast()), null));
        stats.add(stat(
                getTranslation("budget.plan.totalBudget"),
                labels.money(plan.totalBudget()),
                getTranslation(
                                "budget.plan.shareOfRevenue",
                                labels.percent(Money.percent(plan.totalBudget(), plan.revenueForecast())))
                        + " · " + getTranslation("budget.plan.guidanceShort")));
        if (draft) {
            var unallocated = plan.totalBudget().subtract(plan.allocated());
            stats.add(stat(
                    getTranslation("budget.plan.allocated"),
                    labels.money(plan.allocated()),
                    unallocated.signum() == 0
                            ? getTranslation("budget.plan.fullyAllocated")
                            : getTranslation("budget.plan.unallocated", labels.money(unallocated))));
        } else if (plan.baselineTotal() != null) {
            stats.add(stat(
                    getTranslation("budget.plan.original"),
                    labels.money(plan.baselineTotal()),
                    getTranslation(
                            "budget.plan.changeSince",
                            labels.money(plan.totalBudget().subtract(plan.baselineTotal())))));
        }

        Div tiers = new Div();
        tiers.addClassName("card-grid");
        for (TierView tier : plan.tiers()) {
            tiers.add(tierCard(tier, plan, labels));
        }

        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if (draft && founder) {
            Button edit = new Button(
                    getTranslation("budget.plan.editHeader"), VaadinIcon.EDIT.create(), click -> editHeader(plan));
            Button addChannel = new Button(
                    getTranslation("budget.channel.addToTier"),
                    VaadinIcon.PLUS.create(),
                    click -> new AddChannelDialog(plans, channels, plan, labels, this::reload).open());
            Button activate = new Button(
                    getTranslation("budget.plan.activate"),
                    VaadinIcon.CHECK.create(),
                    click -> confirmActivate(plan, labels));
            activate.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            actions.add(edit, addChannel, activate);
        } else if (!draft) {
            Button request = new Button(
                    getTranslation("request.new"),
                    VaadinIcon.EXCHANGE.create(),
                    click -> UI.getCurrent()
                            .navigate(
                                    RequestFormView.class,
                                    new com.vaadin.flow.router.QueryParameters(
                                            java.util.Map.of("plan", List.of(Long.toString(plan.id()))))));
            request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(request);
        }
        Paragraph gridHint = new Paragraph(getTranslation(
                draft && founder
                        ? "budget.grid.hintDraft"
                        : draft ? "budget.grid.hintDraftReader" : "budget.grid.hintActive"));
        gridHint.addClassName("hint");
        PlanGrid grid = new PlanGrid(
                plan, labels, row -> new ChannelAmountsDialog(plans, plan, row, labels, founder, this::reload).open());
        content.add(statusRow, stats, tiers, actions, gridHint, grid);
    }

    private Component tierCard(TierView tier, PlanView plan, BudgetLabels labels) {
        Div card = new Div();
        card.addClassName("home-card");
        card.addClassName("tier-card");
        H3 title = new H3(labels.tier(tier.tier()));
        Span amount = new Span(labels.money(tier.total()));
        amount.addClassName("big-amount");
        Paragraph share = new Paragraph(getTranslation("budget.tier.share", labels.percent(tier.share())));
        card.add(title, amount, share);
        if (tier.spentTotal().signum() > 0) {
            Span spent = new Span(getTranslation(
                    "budget.tier.spent",
                    labels.money(tier.spentTotal()),
                    labels.percent(app.baton.shared.Money.percent(tier.spentTotal(), tier.total()))));
            spent.addClassName("hint");
            card.add(spent);
        }
        if (plan.status() == PlanStatus.ACTIVE && tier.originalTotal().compareTo(tier.total()) != 0) {
            Span original = new Span(getTranslation("budget.grid.original", labels.money(tier.originalTotal())));
            original.addClassName("hint");
            card.add(original);
        }
        if (tier.tier() != Tier.FOUNDATION) {
            String rule = tier.tier() == Tier.EXPERIMENT
                    ? getTranslation(
                            "budget.tier.cap", labels.percent(plan.guardrails().experimentCapPct()))
                    : getTranslation(
                            "budget.tier.minimum",
                            labels.percent(plan.guardrails().minReservePct()));
            Span ruleText = new Span(rule);
            ruleText.addClassName("hint");
            HorizontalLayout guard = new HorizontalLayout(labels.guardrail(tier.status()), ruleText);
            guard.setAlignItems(Alignment.CENTER);
            guard.setWrap(true);
            card.add(guard);
        }
        card.add(new Paragraph(getTranslation("tier." + tier.tier().name() + ".description")));
        return card;
    }

    private Component stat(String label, String value, @Nullable String detail) {
        Div stat = new Div();
        stat.addClassName("stat");
        Span l = new Span(label);
        l.addClassName("stat-label");
        Span v = new Span(value);
        v.addClassName("stat-value");
        stat.add(l, v);
        if (detail != null) {
            Span d = new Span(detail);
            d.addClassName("hint");
            stat.add(d);
        }
        return stat;
    }

    private void editHeader(PlanView plan) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("budget.plan.editHeader"));
        PlanHeaderForm form = new PlanHeaderForm(plan.currency(), plan.revenueForecast(), plan.totalBudget());
        dialog.add(form);
        Button save = new Button(
                getTranslation("common.save"),
                click -> form.values().ifPresent(values -> {
                    try {
                        PlanView updated = plans.updateHeader(plan.id(), plan.changeCount(), values[0], values[1]);
                        dialog.close();
                        reload(updated);
                    } catch (DomainException e) {
                        form.total.showError(e);
                    }
                }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.setWidth("min(640px, 96vw)");
        dialog.open();
    }

    private void confirmActivate(PlanView plan, BudgetLabels labels) {
        String text = getTranslation("budget.plan.activateText", labels.money(plan.totalBudget()));
        for (TierView tier : plan.tiers()) {
            if (tier.status() == app.baton.budgets.BudgetSheet.GuardrailStatus.OVER) {
                text += " "
                        + getTranslation(
                                "budget.plan.activateWarning." + tier.tier().name(), labels.percent(tier.share()));
            }
        }
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("budget.plan.activateTitle", plan.fiscalYear()),
                text,
                getTranslation("budget.plan.activate"),
                event -> {
                    try {
                        reload(plans.activate(plan.id(), plan.changeCount()));
                        Toasts.success("budget.plan.activated");
                    } catch (DomainException e) {
                        Toasts.error(e);
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    private int suggestedYear() {
        List<PlanSummary> all = plans.plans();
        return all.isEmpty() ? today.getYear() : all.get(0).fiscalYear() + 1;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("budget.plan.title");
    }
}
