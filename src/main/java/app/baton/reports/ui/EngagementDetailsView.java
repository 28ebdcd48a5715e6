package app.baton.reports.ui;

import app.baton.budgets.ChannelService;
import app.baton.reports.EngagementQueryService;
import app.baton.reports.EngagementView;
import app.baton.reports.FastPromises;
import app.baton.reports.ReportService;
import app.baton.reports.ReportVersionQueryService;
import app.baton.reports.ScorecardService;
import app.baton.reports.TermsService;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipRole;
import app.baton.security.Roles;
import app.baton.shared.DomainException;
import app.baton.shared.ids.EngagementId;
import app.baton.tenancy.InvitationService;
import app.baton.tenancy.MembershipService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * One engagement: its terms and KPI targets, every month of its term with the report's state (LATE in the
 * company's time zone), the upload for the agency's people, the scorecard and the founders' quarterly ratings.
 */
@Route("engagements/:engagementId")
@RolesAllowed({Roles.FOUNDER, Roles.SUCCESSOR, Roles.VENDOR})
class EngagementDetailsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final EngagementQueryService engagements;
    private final ReportService reports;
    private final ReportVersionQueryService reviews;
    private final ScorecardService scorecards;
    private final InvitationService invitations;
    private final ChannelService channels;
    private final FastPromises fastPromises;
    private final TermsService termsService;
    private final MembershipService memberships;
    private final ReportLabels labels;
    private final boolean vendor;
    private final boolean founder;
    private final java.time.ZoneId zone;
    private final java.time.LocalDate today;
    private String title = "";

    public EngagementDetailsView(
            EngagementQueryService engagements,
            ReportService reports,
            ReportVersionQueryService reviews,
            ScorecardService scorecards,
            InvitationService invitations,
            ChannelService channels,
            FastPromises fastPromises,
            TermsService termsService,
            MembershipService memberships,
            CurrentUser currentUser,
            java.time.Clock clock) {
        this.engagements = engagements;
        this.reports = reports;
        this.reviews = reviews;
        this.scorecards = scorecards;
        this.invitations = invitations;
        this.channels = channels;
        this.fastPromises = fastPromises;
        this.termsService = termsService;
        this.memberships = memberships;
        this.labels = new ReportLabels(this, currentUser.requireMembership().currency());
        this.vendor = currentUser.requireMembership().role() == MembershipRole.VENDOR;
        this.founder = currentUser.requireMembership().role() == MembershipRole.FOUNDER;
        this.zone = currentUser.requireMembership().zoneId();
        this.today = java.time.LocalDate.now(clock.withZone(zone));
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            long id = Long.parseLong(event.getRouteParameters()
                    .get(ReportNavigation.ENGAGEMENT_ID)
                    .orElse(""));
            show(engagements.engagement(new EngagementId(id)));
        } catch (NumberFormatException | DomainException e) {
            Div empty = new Div(new Paragraph(getTranslation("engagement.notFound")));
            empty.addClassName("empty-state");
            add(empty);
        }
    }

    private void show(EngagementView e) {
        title = e.title();
        HorizontalLayout header = new HorizontalLayout(new H2(e.title()));
        header.setAlignItems(Alignment.CENTER);
        header.setWrap(true);
        if (!vendor && engagements.mayManage()) {
            header.add(new Button(
                    getTranslation("engagement.edit"),
                    VaadinIcon.EDIT.create(),
                    click -> ReportNavigation.toEngagementEdit(e.id())));
        }
        if (founder) {
            header.add(new Button(
                    getTranslation("engagement.invite"),
                    VaadinIcon.USER_CARD.create(),
                    click -> new InviteAgencyDialog(invitations, e.agencyId(), e.agencyName()).open()));
        }
        add(header, new EngagementTermsPanel(e, channels, labels));
        add(new TermsAgreementPanel(termsService, memberships, e, labels, zone, vendor, () -> {
            removeAll();
            show(engagements.engagement(new EngagementId(e.id())));
        }));
        if (!vendor) {
            // stage targets an agency promises before a slow channel can show its effect
            List<FastPromises.FastPromise> fast = fastPromises.of(new EngagementId(e.id()));
            if (!fast.isEmpty()) {
                Div warning = new Div(new Paragraph(getTranslation("engagement.fast.intro")));
                warning.addClassNames("decision-ask", "fast-promises");
                for (FastPromises.FastPromise f : fast) {
                    Paragraph line = new Paragraph(getTranslation(
                            "engagement.fast.line",
                            labels.month(f.month()),
                            getTranslation("kpi." + f.kpi().name()),
                            channelName(f.channelId()),
                            getTranslation("channel.kind." + f.kind().name()),
                            f.months(),
                            labels.month(f.judgeFrom())));
                    line.addClassName("error-text");
                    warning.add(line);
                }
                add(warning);
            }
        }
        if (vendor) {
            add(new ReportUploadPanel(reports, e, labels, today, ReportNavigation::toVersion));
        }
        add(new EngagementMonthsPanel(e, reviews, labels, zone));
        add(new ScorecardPanel(scorecards, e.id(), founder, labels, today));
    }

    /** A channel's name as the company calls it. */
    private String channelName(long channelId) {
        return channels.channels(List.of(channelId)).stream()
                .map(c -> c.name() != null ? c.name() : getTranslation("channel." + c.code()))
                .findFirst()
                .orElse("#" + channelId);
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("engagement.list.title") : title;
    }
}
