package app.baton.shell;

import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.security.MembershipRole;
import app.baton.shared.Formats;
import app.baton.shared.ui.CountsBeside;
import app.baton.shared.ui.HomeContribution;
import app.baton.shared.ui.HomeContribution.Card;
import app.baton.tenancy.InvitationService;
import app.baton.tenancy.MembershipService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
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
    private final app.baton.insights.DashboardService dashboards;
    private final List<HomeContribution> contributions;
    /** For a founder, how many things wait (the first card's count): the count beside 等我決定, not made twice. */
    private @Nullable Long waitingTotal;

    public HomeView(
            CurrentUser currentUser,
            MembershipService memberships,
            InvitationService invitations,
            app.baton.insights.WaitingService waitingService,
            app.baton.insights.DashboardService dashboards,
            List<HomeContribution> contributions) {
        this.currentUser = currentUser;
        this.memberships = memberships;
        this.invitations = invitations;
        this.waitingService = waitingService;
        this.dashboards = dashboards;
        this.contributions = contributions;
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
        boolean hasPlan = membership.role() != MembershipRole.VENDOR
                && !dashboards.years().isEmpty();
        // founders and the successor land on the dashboard once the company has a budget plan — only once a visit
        // (after signing in), so that 首頁 in the menu shows this page afterwards. Before that this page is their
        // start (team, invitations, the first plan). The page is built only when it is shown: the landing visit
        // forwards before reading anything else (issue 16).
        boolean dashboardFirst = hasPlan;
        com.vaadin.flow.server.VaadinSession session = event.getUI().getSession();
        if (dashboardFirst && session.getAttribute(LANDED) == null) {
            session.setAttribute(LANDED, Boolean.TRUE);
            event.forwardTo("dashboard");
            return;
        }
        removeAll();
        show(membership);
    }

    private void show(MembershipInfo membership) {
        boolean founder = membership.role() == MembershipRole.FOUNDER;
        List<HomeContribution.Part> parts =
                contributions.stream().map(HomeContribution::part).toList();
        // the founder's page reads the team and the invitations once, for the first steps and the team card
        List<MembershipService.MemberView> members =
                membership.role() == MembershipRole.VENDOR ? List.of() : memberships.members();
        List<InvitationService.PendingInvitation> pending = founder ? invitations.pending() : List.of();
        List<FirstRunChecklist.FirstRunStep> steps =
                founder ? FirstRunChecklist.firstRun(parts, members, pending) : List.of();
        boolean started = steps.stream().allMatch(FirstRunChecklist.FirstRunStep::done);
        add(new H2(getTranslation("home.greeting", currentUser.require().displayName())));
        Paragraph where = new Paragraph(getTranslation(
                "home.where",
                membership.tenantName(),
                getTranslation("role." + membership.role().name())));
        where.addClassName("home-where");
        add(where, new Paragraph(getTranslation("role." + membership.role().name() + ".description")));
        if (!started) {
            add(new FirstRunChecklist(steps));
        }
        List<Card> cards = new ArrayList<>();
        parts.forEach(p -> cards.addAll(p.cards()));
        if (founder) {
            cards.addAll(founderCards(membership, members, pending, started));
        } else if (membership.role() == MembershipRole.SUCCESSOR) {
            cards.add(successorTeam(members));
        } else {
            cards.addAll(agencyCards(membership));
        }
        Div grid = new Div();
        grid.addClassName("card-grid");
        cards.stream().sorted(Comparator.comparingInt(Card::order)).forEach(c -> grid.add(c.component()));
        add(grid);
    }

    /** What waits for the founder, the team with its open invitations, and the audit log. */
    private List<Card> founderCards(
            MembershipInfo membership,
            List<MembershipService.MemberView> members,
            List<InvitationService.PendingInvitation> pending,
            boolean started) {
        List<Card> out = new ArrayList<>();
        app.baton.insights.WaitingService.Waiting waiting = waitingService.forMe();
        waitingTotal = (long) waiting.total();
        Component waitingCard = HomeContribution.card(
                getTranslation("home.waitingTitle"),
                waiting.total() == 0
                        ? getTranslation("home.waitingNone")
                        : getTranslation("home.waitingCount", waiting.total()),
                waiting.requests().isEmpty()
                        ? null
                        : getTranslation(
                                "home.waitingAmount",
                                Formats.money(waiting.askedTotal(), membership.currency(), getLocale())),
                getTranslation("home.openWaiting"),
                "approvals");
        if (started && waiting.total() > 0) {
            waitingCard.addClassName("home-card-first");
        }
        out.add(new Card(10, waitingCard));
        int open = pending.size();
        out.add(new Card(
                50,
                HomeContribution.card(
                        getTranslation("home.team"),
                        getTranslation("home.teamCount", members.size()),
                        open == 0
                                ? getTranslation("home.noOpenInvitations")
                                : getTranslation("home.openInvitations", open),
                        getTranslation("home.manageMembers"),
                        "members")));
        out.add(new Card(
                60,
                HomeContribution.card(
                        getTranslation("home.auditTitle"),
                        getTranslation("home.auditText"),
                        null,
                        getTranslation("home.openAudit"),
                        "audit")));
        return out;
    }

    /** The successor's team: who else is in the company, and as what. */
    private Card successorTeam(List<MembershipService.MemberView> members) {
        Div team = new Div();
        team.addClassName("home-card");
        team.add(new H3(getTranslation("home.team")));
        members.forEach(m -> team.add(new Paragraph(
                m.displayName() + " · " + getTranslation("role." + m.role().name()))));
        return new Card(50, team);
    }

    /** An agency's person: the companies served, and the API tokens. */
    private List<Card> agencyCards(MembershipInfo membership) {
        List<Card> out = new ArrayList<>();
        Div served = new Div();
        served.addClassName("home-card");
        served.add(new H3(getTranslation("home.companiesServed")));
        currentUser
                .memberships()
                .forEach(m -> served.add(new Paragraph(m.tenantName()
                        + (m.tenantId() == membership.tenantId() ? " " + getTranslation("home.current") : ""))));
        out.add(new Card(55, served));
        out.add(new Card(
                70,
                HomeContribution.card(
                        getTranslation("home.apiTitle"),
                        getTranslation("home.apiText"),
                        null,
                        getTranslation("home.openApiTokens"),
                        "api-tokens")));
        return out;
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
