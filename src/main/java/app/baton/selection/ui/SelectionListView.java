package app.baton.selection.ui;

import app.baton.budgets.ChannelService;
import app.baton.reports.EngagementQueryService;
import app.baton.security.CurrentUser;
import app.baton.security.Roles;
import app.baton.selection.RoundSummary;
import app.baton.selection.SelectionQueryService;
import app.baton.selection.SelectionService;
import app.baton.shared.Formats;
import app.baton.shared.ui.StatusBadge;
import app.baton.shared.ui.UiLocale;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Selection rounds (選商): the company's, newest first, with a button to open one; an agency's people see the rounds
 * their agency was asked to propose in.
 */
@Route("selection")
@Menu(order = 14.5, icon = "vaadin:clipboard-check", title = "nav.selection")
@RolesAllowed({Roles.FOUNDER, Roles.SUCCESSOR, Roles.VENDOR})
class SelectionListView extends VerticalLayout implements HasDynamicTitle {

    SelectionListView(
            SelectionQueryService queries,
            SelectionService selection,
            app.baton.selection.RenewalQueryService renewals,
            EngagementQueryService engagements,
            ChannelService channels,
            CurrentUser currentUser,
            Clock clock) {
        addClassName("page");
        Locale locale = UiLocale.of(this);
        boolean agency = currentUser.requireMembership().role() == app.baton.security.MembershipRole.VENDOR;
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("selection.list.title")));
        header.setWidthFull();
        header.setAlignItems(Alignment.CENTER);
        header.setWrap(true);
        if (!agency && engagements.mayManage()) {
            Button open = new Button(
                    getTranslation("selection.new"),
                    VaadinIcon.PLUS.create(),
                    click -> new RoundDialog(selection, channels, currentUser, clock).open());
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(open);
        }
        add(header);
        Paragraph intro = new Paragraph(getTranslation(agency ? "selection.list.introAgency" : "selection.list.intro"));
        intro.addClassName("hint");
        add(intro);
        if (!agency) {
            List<app.baton.selection.RenewalReview.Due> due = renewals.due();
            if (!due.isEmpty()) {
                add(new com.vaadin.flow.component.html.H3(getTranslation("renewal.dueTitle")));
                Div dueCards = new Div();
                dueCards.addClassName("card-grid");
                for (var d : due) {
                    Anchor card = new Anchor(SelectionNavigation.renewal(d.engagementId()));
                    card.addClassNames("waiting-card", "renewal-card");
                    Span name = new Span(d.title());
                    name.addClassName("item-title");
                    Span meta = new Span(getTranslation(
                            "renewal.dueLine", d.agencyName(), Formats.date(d.end(), locale), d.daysLeft()));
                    meta.addClassName("item-meta");
                    card.add(name, meta);
                    dueCards.add(card);
                }
                add(dueCards);
            }
        }
        List<RoundSummary> rounds = queries.rounds();
        if (rounds.isEmpty()) {
            Div empty = new Div(
                    new Paragraph(getTranslation(agency ? "selection.list.emptyAgency" : "selection.list.empty")));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        Div cards = new Div();
        cards.addClassName("card-grid");
        for (RoundSummary r : rounds) {
            Anchor card = new Anchor(SelectionNavigation.round(r.id()));
            card.addClassNames("waiting-card", "round-card");
            Span title = new Span(r.title());
            title.addClassName("item-title");
            Span term = new Span(
                    getTranslation("selection.term", Formats.date(r.start(), locale), Formats.date(r.end(), locale)));
            term.addClassName("item-meta");
            Span deadline = new Span(getTranslation("selection.deadlineOn", Formats.date(r.deadline(), locale)));
            deadline.addClassName("item-meta");
            Div badges = new Div();
            badges.addClassName("flag-top");
            badges.add(stateBadge(r));
            if (!agency) {
                badges.add(new Span(getTranslation("selection.counts", r.proposals(), r.candidates())));
            }
            card.add(title, term, deadline, badges);
            cards.add(card);
        }
        add(cards);
    }

    private StatusBadge stateBadge(RoundSummary r) {
        if (r.mine() != null) {
            return new StatusBadge(
                    getTranslation("selection.candidate." + r.mine().name()), SelectionLabels.tone(r.mine()));
        }
        if (r.state() == app.baton.selection.RoundState.DECIDED) {
            return new StatusBadge(getTranslation("selection.state.DECIDED"), StatusBadge.Tone.SUCCESS);
        }
        return r.deadlinePassed()
                ? new StatusBadge(getTranslation("selection.state.COMPARING"), StatusBadge.Tone.WARNING)
                : new StatusBadge(getTranslation("selection.state.OPEN"), StatusBadge.Tone.INFO);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("selection.list.title");
    }
}
