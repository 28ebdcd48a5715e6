package app.baton.tenancy.ui;

import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.StatusBadge;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** After sign-in, a person with several companies picks one; also reachable later to switch. */
@Route(value = "select-company", autoLayout = false)
@PermitAll
class SelectCompanyView extends VerticalLayout implements HasDynamicTitle {

    private final CurrentUser currentUser;

    public SelectCompanyView(CurrentUser currentUser, AuthenticationContext authentication) {
        this.currentUser = currentUser;
        addClassName("public-page");
        setAlignItems(Alignment.CENTER);
        add(new H2(getTranslation("selectCompany.title")));
        List<MembershipInfo> memberships = currentUser.memberships();
        if (memberships.isEmpty()) {
            add(new Paragraph(getTranslation("selectCompany.none")));
        } else {
            add(new Paragraph(getTranslation("selectCompany.intro")));
        }
        Div list = new Div();
        list.addClassName("company-list");
        memberships.forEach(m -> list.add(card(m)));
        Button signOut = new Button(getTranslation("nav.signOut"), click -> authentication.logout());
        add(list, signOut);
    }

    private Button card(MembershipInfo membership) {
        Span name = new Span(membership.tenantName());
        name.addClassName("company-name");
        Div content = new Div(
                name, new StatusBadge(getTranslation("role." + membership.role().name()), StatusBadge.Tone.INFO));
        if (membership.vendorOrganisationName() != null) {
            Span agency = new Span(membership.vendorOrganisationName());
            agency.addClassName("agency-name");
            content.add(agency);
        }
        Button button = new Button(content, click -> choose(membership));
        button.addClassName("company-card");
        button.getElement().setAttribute("data-tenant", Long.toString(membership.tenantId()));
        return button;
    }

    private void choose(MembershipInfo membership) {
        new Refusals().run(() -> {
            currentUser.switchTo(membership.tenantId());
            UI.getCurrent().getPage().setLocation("./");
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("selectCompany.title");
    }
}
