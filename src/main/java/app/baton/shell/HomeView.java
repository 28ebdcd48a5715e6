package app.baton.shell;

import app.baton.budgets.BudgetPlanService;
import app.baton.budgets.BudgetRequestService;
import app.baton.reports.ReviewService;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.security.MembershipRole;
import app.baton.shared.Formats;
import app.baton.shared.ui.CountsBeside;
import app.baton.tenancy.InvitationService;
import app.baton.tenancy.MembershipService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The first page after sign-in: which company and role you are in, and what needs you there. Founders see their
 * team and open invitations; successors their team; vendors the companies they serve.
 */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "nav.home")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver, CountsBeside {

    /** Set in the session once a visit has been sent on to the dashboard. */
    private static final String LANDED = "baton.landedOnDashboard";

    private final CurrentUser currentUser;
    private final MembershipService memberships;
    private final InvitationService invitations;
    private final app.baton.insights.WaitingService waitingService;
    private final ReviewService reports;
    private final BudgetPlanService plans;
    private final app.baton.budgets.GuardrailService guardrails;
    private final java.time.Clock clock;
    /** For a founder, how many things wait (the first card's count): the count beside 等我決定, not made twice. */
    private @Nullable Long waitingTotal;

    public HomeView(
            CurrentUser currentUser,
            MembershipService memberships,
            InvitationService invitations,
            app.baton.insights.WaitingService waitingService,
            ReviewService reports,
            BudgetPlanService plans,
            app.baton.budgets.GuardrailService guardrails,
            java.time.Clock clock) {
        this.currentUser = currentUser;
        this.memberships = memberships;
        this.invitations = invitations;
        this.waitingService = waitingService;
        this.reports = reports;
        this.plans = plans;
        this.guardrails = guardrails;
        this.clock = clock;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var membershipOptional = currentUser.membership();
        if (membershipOptional.isEmpty()) {
            // MainLayout forwards to the company choice; nothing to show here
            return;
        }
        MembershipInfo membership = membershipOptional.get();
        List<BudgetPlanService.PlanSummary> planList =
                membership.role() == MembershipRole.VENDOR ? List.of() : plans.plans();
        // founders and the successor land on the dashboard once the company has a budget plan — only once a visit
        // (after signing in), so that 首頁 in the menu shows this page afterwards. Before that this page is their
        // start (team, invitations, the first plan). The page is built only when it is shown: the landing visit
        // forwards before reading anything else (issue 16).
        boolean dashboardFirst = membership.role() != MembershipRole.VENDOR && !planList.isEmpty();
        com.vaadin.flow.server.VaadinSession session = event.getUI().getSession();
        if (dashboardFirst && session.getAttribute(LANDED) == null) {
            session.setAttribute(LANDED, Boolean.TRUE);
            event.forwardTo("dashboard");
            return;
        }
        removeAll();
        show(membership, planList);
    }

    private void show(MembershipInfo membership, List<BudgetPlanService.PlanSummary> planList) {
        ReviewService.Attention attention = reports.attention();
        // the founder's page reads the team and the invitations once, for the first steps and the team card
        List<MembershipService.MemberView> members =
                membership.role() == MembershipRole.VENDOR ? List.of() : memberships.members();
        List<InvitationService.PendingInvitation> pending =
                membership.role() == MembershipRole.FOUNDER ? invitations.pending() : List.of();
        List<FirstRunStep> steps = membership.role() == MembershipRole.FOUNDER
                ? firstRun(
                        planList,
                        guardrails.current().updatedAt() != null,
                        members,
                        pending,
                        attention,
                        membership,
                        clock)
                : List.of();
        boolean started = steps.stream().allMatch(FirstRunStep::done);
        add(new H2(getTranslation("home.greeting", currentUser.require().displayName())));
        Paragraph where = new Paragraph(getTranslation(
                "home.where",
                membership.tenantName(),
                getTranslation("role." + membership.role().name())));
        where.addClassName("home-where");
        add(where, new Paragraph(getTranslation("role." + membership.role().name() + ".description")));

        Div cards = new Div();
        cards.addClassName("card-grid");
        if (!started) {
            add(checklist(steps));
        }
        if (membership.role() == MembershipRole.FOUNDER) {
            app.baton.insights.WaitingService.Waiting waiting = waitingService.forMe();
            waitingTotal = (long) waiting.total();
            BigDecimal asked = waiting.requests().stream()
                    .map(BudgetRequestService.RequestRow::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            Component waitingCard = card(
                    getTranslation("home.waitingTitle"),
                    waiting.total() == 0
                            ? getTranslation("home.waitingNone")
                            : getTranslation("home.waitingCount", waiting.total()),
                    waiting.requests().isEmpty()
                            ? null
                            : getTranslation(
                                    "home.waitingAmount", Formats.money(asked, membership.currency(), getLocale())),
                    getTranslation("home.openWaiting"),
                    "approvals");
            if (started && waiting.total() > 0) {
                waitingCard.addClassName("home-card-first");
            }
            cards.add(waitingCard);
            cards.add(reportsCard(attention, false));
            cards.add(card(
                    getTranslation("home.budgetTitle"),
                    getTranslation("home.budgetText"),
                    null,
                    getTranslation(planList.isEmpty() ? "budget.plan.new" : "home.openBudget"),
                    "budget"));
            int open = pending.size();
            int people = members.size();
            cards.add(card(
                    getTranslation("home.team"),
                    getTranslation("home.teamCount", people),
                    open == 0 ? getTranslation("home.noOpenInvitations") : getTranslation("home.openInvitations", open),
                    getTranslation("home.manageMembers"),
                    "members"));
            cards.add(card(
                    getTranslation("home.auditTitle"),
                    getTranslation("home.auditText"),
                    null,
                    getTranslation("home.openAudit"),
                    "audit"));
        } else if (membership.role() == MembershipRole.SUCCESSOR) {
            cards.add(reportsCard(attention, false));
            cards.add(card(
                    getTranslation("home.requestTitle"),
                    getTranslation("home.requestText"),
                    null,
                    getTranslation("home.openRequestForm"),
                    "budget/requests/new"));
            cards.add(card(
                    getTranslation("home.budgetTitle"),
                    getTranslation("home.budgetText"),
                    null,
                    getTranslation("home.openBudget"),
                    "budget"));
            Div team = new Div();
            team.addClassName("home-card");
            team.add(new H3(getTranslation("home.team")));
            members.forEach(m -> team.add(new Paragraph(
                    m.displayName() + " · " + getTranslation("role." + m.role().name()))));
            cards.add(team);
        } else {
            Div served = new Div();
            served.addClassName("home-card");
            served.add(new H3(getTranslation("home.companiesServed")));
            currentUser
                    .memberships()
                    .forEach(m -> served.add(new Paragraph(m.tenantName()
                            + (m.tenantId() == membership.tenantId() ? " " + getTranslation("home.current") : ""))));
            Component reportCard = reportsCard(attention, true);
            reportCard.addClassName("home-card-first");
            cards.add(reportCard);
            cards.add(served);
            cards.add(card(
                    getTranslation("home.apiTitle"),
                    getTranslation("home.apiText"),
                    null,
                    getTranslation("home.openApiTokens"),
                    "api-tokens"));
        }
        add(cards);
    }

    /** The monthly reports: waiting for review (or, for an agency, asked to clarify) and late. */
    private Div reportsCard(ReviewService.Attention attention, boolean agency) {
        return card(
                getTranslation("home.reportsTitle"),
                attention.engagements() == 0
                        ? getTranslation(agency ? "home.reportsNoneAgency" : "home.reportsNone")
                        : getTranslation(agency ? "home.reportsClarify" : "home.reportsWaiting", attention.waiting()),
                attention.late() == 0 ? null : getTranslation("home.reportsLate", attention.late()),
                getTranslation("home.openReports"),
                "engagements");
    }

    private Div card(String title, String text, @Nullable String detail, String action, String route) {
        Div card = new Div();
        card.addClassName("home-card");
        card.add(new H3(title), new Paragraph(text));
        if (detail != null) {
            Span extra = new Span(detail);
            extra.addClassName("home-card-detail");
            card.add(extra);
        }
        Button open = new Button(action, click -> UI.getCurrent().navigate(route));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(open);
        return card;
    }

    /** One step of a new company's start: what to do, where, and whether it is done already. */
    record FirstRunStep(String key, String route, boolean done) {}

    /**
     * A new company's first steps, each ticked by what exists rather than by a click: this or next year's plan,
     * guardrails confirmed (saved once), the successor invited or joined, the first agency invited, joined or engaged.
     */
    static List<FirstRunStep> firstRun(
            List<BudgetPlanService.PlanSummary> plans,
            boolean rails,
            List<MembershipService.MemberView> members,
            List<InvitationService.PendingInvitation> pending,
            ReviewService.Attention attention,
            MembershipInfo membership,
            java.time.Clock clock) {
        int year = java.time.LocalDate.now(clock.withZone(membership.zoneId())).getYear();
        boolean plan = plans.stream().anyMatch(p -> p.fiscalYear() >= year);
        boolean successor = members.stream().anyMatch(m -> m.role() == MembershipRole.SUCCESSOR)
                || pending.stream().anyMatch(i -> i.role() == MembershipRole.SUCCESSOR);
        boolean agency = members.stream().anyMatch(m -> m.role() == MembershipRole.VENDOR)
                || pending.stream().anyMatch(i -> i.role() == MembershipRole.VENDOR)
                || attention.engagements() > 0;
        return List.of(
                new FirstRunStep("plan", "budget", plan),
                new FirstRunStep("guardrails", "budget/guardrails", rails),
                new FirstRunStep("successor", "members", successor),
                new FirstRunStep("agency", "members", agency));
    }

    private Div checklist(List<FirstRunStep> steps) {
        Div box = new Div();
        box.addClassNames("home-card", "home-card-first", "first-run");
        long done = steps.stream().filter(FirstRunStep::done).count();
        box.add(new H3(getTranslation("home.firstRun.title")));
        box.add(new Paragraph(getTranslation("home.firstRun.progress", done, steps.size())));
        com.vaadin.flow.component.html.OrderedList list = new com.vaadin.flow.component.html.OrderedList();
        list.addClassName("first-run-steps");
        boolean nextShown = false;
        for (FirstRunStep step : steps) {
            com.vaadin.flow.component.html.ListItem item = new com.vaadin.flow.component.html.ListItem();
            item.addClassName(step.done() ? "step-done" : "step-open");
            Span mark = new Span(step.done() ? "✓" : "");
            mark.addClassName("step-mark");
            mark.getElement().setAttribute("aria-hidden", "true");
            Div text = new Div(new Span(getTranslation("home.firstRun." + step.key())));
            text.addClassName("step-text");
            if (step.done()) {
                Span state = new Span(getTranslation("home.firstRun.done"));
                state.addClassName("hint");
                text.add(state);
            } else {
                Button go = new Button(
                        getTranslation("home.firstRun." + step.key() + ".action"),
                        click -> UI.getCurrent().navigate(step.route()));
                if (!nextShown) {
                    go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    nextShown = true;
                }
                text.add(go);
            }
            item.add(mark, text);
            list.add(item);
        }
        box.add(list);
        return box;
    }

    @Override
    public @Nullable Long countBeside(String path) {
        return "approvals".equals(path) ? waitingTotal : null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
