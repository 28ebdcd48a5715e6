package app.baton.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.BrowserlessTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.TestFixtures.Person;
import app.baton.audit.ui.AuditView;
import app.baton.security.ui.ApiTokensView;
import app.baton.security.ui.LoginView;
import app.baton.security.ui.ProfileView;
import app.baton.tenancy.MembershipService;
import app.baton.tenancy.ui.AgencyPeopleView;
import app.baton.tenancy.ui.MembersView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** For each route: signed out → sign-in page; wrong role → refused; right role → the view works. */
class ViewAccessIT extends BrowserlessTestBase {

    @Autowired
    Companies companies;

    Company company;

    @BeforeEach
    void company() {
        company = companies.create("views");
    }

    @Test
    void signed_out_visitors_are_sent_to_sign_in() {
        for (Class<? extends Component> route : java.util.List.of(
                MembersView.class,
                AuditView.class,
                ApiTokensView.class,
                ProfileView.class,
                HomeView.class,
                AgencyPeopleView.class)) {
            signInAs(null);
            navigateExpectingRedirect(route);
            assertThat(getCurrentView()).as(route.getSimpleName()).isInstanceOf(LoginView.class);
        }
    }

    /**
     * Views are made for every navigation: they must be plain objects. With JSR-250 method security on, every view
     * carrying {@code @RolesAllowed} was wrapped in a CGLIB proxy (the advisor matching about a fifth of a
     * navigation's CPU, issue 16); Vaadin's navigation access control reads the annotation itself, and the other
     * tests here show it still refuses the wrong roles.
     */
    @Test
    void views_are_not_wrapped_in_proxies() {
        signInAs(company.founder());
        for (Class<? extends Component> route : List.of(MembersView.class, AuditView.class, HomeView.class)) {
            Component view = navigate(route);
            assertThat(org.springframework.aop.support.AopUtils.isAopProxy(view))
                    .as(route.getSimpleName())
                    .isFalse();
            assertThat(view.getClass()).isEqualTo(route);
        }
    }

    /**
     * Every page asks Baton's navigation access control, which reads roles from the authentication; Vaadin's own
     * scanned the class path at each check (decision 017). The refusals in the other tests are its answers.
     */
    @Test
    void pages_check_roles_with_the_access_control_that_reads_the_authentication() {
        signInAs(company.founder());
        navigate(HomeView.class);
        List<?> listeners = com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .getInternals()
                .getListeners(com.vaadin.flow.router.internal.BeforeEnterHandler.class);
        assertThat(listeners)
                .filteredOn(com.vaadin.flow.server.auth.NavigationAccessControl.class::isInstance)
                .singleElement()
                .extracting(listener -> listener.getClass().getSimpleName())
                .isEqualTo("RolesFromAuthentication");
    }

    /** A second tap on the page one is on shows it built afresh (its data read again); the layout is kept. */
    @Test
    void navigating_to_the_page_shown_builds_it_afresh_and_keeps_the_layout() {
        signInAs(company.founder());
        HomeView first = navigate(HomeView.class);
        MainLayout layout = first.findAncestor(MainLayout.class);
        navigate(AuditView.class);
        navigate(HomeView.class);
        Object second = getCurrentView();
        navigate(HomeView.class);
        Component third = (Component) getCurrentView();

        assertThat(second).isInstanceOf(HomeView.class).isNotSameAs(first);
        assertThat(third).isInstanceOf(HomeView.class).isNotSameAs(second);
        assertThat(third.findAncestor(MainLayout.class)).isSameAs(layout);

        // a view that reads everything in beforeEnter (the dashboard, whose year and month are navigations to
        // itself) is fresh as the router reuses it: not built a second time
        var dashboard = navigate("dashboard", app.baton.insights.ui.DashboardView.class);
        assertThat(navigate("dashboard", app.baton.insights.ui.DashboardView.class))
                .isSameAs(dashboard);
    }

    @Test
    void members_view_is_for_founders_only() {
        signInAs(company.founder());
        MembersView view = navigate(MembersView.class);
        assertThat($(Grid.class, view).first()).isNotNull();
        assertThat($(H2.class, view).first().getText()).isEqualTo("成員與邀請");

        assertRefused(MembersView.class, company.successor(), company.vendor());
    }

    @Test
    @SuppressWarnings("unchecked")
    void members_view_lists_only_the_own_company() {
        Company other = companies.create("views-other");
        signInAs(company.founder());
        MembersView view = navigate(MembersView.class);
        Grid<MembershipService.MemberView> grid = $(Grid.class, view).first();
        List<String> emails = grid.getGenericDataView()
                .getItems()
                .map(MembershipService.MemberView::email)
                .toList();
        assertThat(emails)
                .containsExactlyInAnyOrder(
                        company.founder().email(),
                        company.successor().email(),
                        company.vendor().email())
                .doesNotContain(
                        other.founder().email(),
                        other.successor().email(),
                        other.vendor().email());
    }

    @Test
    void audit_view_is_for_founders_only() {
        signInAs(company.founder());
        assertThat(navigate(AuditView.class)).isInstanceOf(AuditView.class);
        assertRefused(AuditView.class, company.successor(), company.vendor());
    }

    @Test
    void api_tokens_view_is_for_everyone_with_a_membership() {
        signInAs(company.vendor());
        assertThat(navigate(ApiTokensView.class)).isInstanceOf(ApiTokensView.class);
        signInAs(company.founder());
        assertThat(navigate(ApiTokensView.class)).isInstanceOf(ApiTokensView.class);
        signInAs(company.successor());
        assertThat(navigate(ApiTokensView.class)).isInstanceOf(ApiTokensView.class);
    }

    @Test
    void the_agency_page_is_for_agency_people_and_only_its_admin_sees_decisions() {
        signInAs(company.vendor());
        AgencyPeopleView view = navigate(AgencyPeopleView.class);
        assertThat($(H2.class, view).first().getText())
                .isEqualTo(company.vendor().membership().vendorOrganisationName() + "：成員");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class, view).all())
                .extracting(com.vaadin.flow.component.html.Paragraph::getText)
                .contains("目前沒有待處理的提名。");
        assertRefused(AgencyPeopleView.class, company.founder(), company.successor());
    }

    @Test
    void home_and_profile_are_for_every_signed_in_role() {
        for (Person person : java.util.List.of(company.founder(), company.successor(), company.vendor())) {
            signInAs(person);
            assertThat(navigate(HomeView.class)).isInstanceOf(HomeView.class);
            assertThat(navigate(ProfileView.class)).isInstanceOf(ProfileView.class);
        }
    }
}
