package app.baton.tenancy.ui;

import app.baton.security.CurrentUser;
import app.baton.security.Roles;
import app.baton.shared.Formats;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.StatusBadge;
import app.baton.shared.ui.Toasts;
import app.baton.tenancy.AgencyService;
import app.baton.tenancy.AgencyService.AgencyPeople;
import app.baton.tenancy.AgencyService.AgencyPerson;
import app.baton.tenancy.AgencyService.Proposal;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;

/**
 * The agency's own people (外包商成員), as its people see them, and the people client companies proposed: an admin
 * of the agency accepts or refuses each; until then the person sees nothing of the company that proposed them.
 */
@Route("agency")
@Menu(order = 62, icon = "vaadin:group", title = "nav.agency")
@RolesAllowed(Roles.VENDOR)
public class AgencyPeopleView extends VerticalLayout implements HasDynamicTitle {

    private final AgencyService agency;
    private final ZoneId zone;

    public AgencyPeopleView(AgencyService agency, CurrentUser currentUser) {
        this.agency = agency;
        this.zone = currentUser.requireMembership().zoneId();
        addClassName("page");
        refresh();
    }

    private void refresh() {
        removeAll();
        AgencyPeople people = agency.people();
        add(new H2(getTranslation("agency.title", people.agencyName())));
        add(new Paragraph(getTranslation("agency.intro")));

        add(new H3(getTranslation("agency.proposals")));
        if (people.proposals().isEmpty()) {
            add(new Paragraph(getTranslation("agency.noProposals")));
        }
        for (Proposal proposal : people.proposals()) {
            add(proposalCard(proposal, people.admin()));
        }
        if (!people.admin() && !people.proposals().isEmpty()) {
            add(new Paragraph(getTranslation("agency.adminDecides")));
        }

        add(new H3(getTranslation("agency.people")));
        for (AgencyPerson person : people.people()) {
            add(personCard(person));
        }
    }

    private Component proposalCard(Proposal proposal, boolean admin) {
        Div card = new Div();
        card.addClassName("agency-card");
        card.add(new Span(proposal.displayName() + " · " + proposal.email()));
        card.add(new Paragraph(getTranslation(
                "agency.proposedBy",
                proposal.companyName(),
                proposal.proposedBy(),
                Formats.date(proposal.at(), zone, getLocale()))));
        if (admin) {
            Button accept = new Button(getTranslation("agency.accept"), click -> decide(proposal, true));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button refuse = new Button(getTranslation("agency.refuse"), click -> decide(proposal, false));
            refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
            HorizontalLayout buttons = new HorizontalLayout(accept, refuse);
            buttons.setWrap(true);
            card.add(buttons);
        }
        return card;
    }

    private Component personCard(AgencyPerson person) {
        Div card = new Div();
        card.addClassName("agency-card");
        card.add(new Span(person.displayName() + " · " + person.email()));
        if (person.admin()) {
            card.add(new StatusBadge(getTranslation("agency.admin"), StatusBadge.Tone.INFO));
        }
        card.add(new Paragraph(getTranslation("agency.joined", Formats.date(person.joinedAt(), zone, getLocale()))));
        return card;
    }

    private void decide(Proposal proposal, boolean accept) {
        new Refusals().run(() -> {
            if (accept) {
                agency.accept(proposal.proposalId());
                Toasts.success("agency.accepted");
            } else {
                agency.refuse(proposal.proposalId());
                Toasts.success("agency.refused");
            }
        });
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.agency");
    }
}
