package app.baton.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.BrowserlessTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipRole;
import app.baton.tenancy.InvitationAcceptanceService;
import app.baton.tenancy.InvitationService;
import app.baton.tenancy.Invite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.popover.Popover;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The avatar opens the person's panel, made when tapped and dropped when closed (issue 16: the menu bar it replaced
 * kept about twenty elements on every page): who is signed in, the profile, each company with the current one marked,
 * the languages, signing out. Choosing another company switches to it.
 */
class AccountPanelIT extends BrowserlessTestBase {

    @Autowired
    Companies companies;

    @Autowired
    InvitationService invitations;

    @Autowired
    InvitationAcceptanceService acceptance;

    @Autowired
    CurrentUser currentUser;

    @Test
    void the_panel_is_made_on_a_tap_lists_the_choices_and_switches_company() throws Exception {
        Company first = companies.create("panel-1");
        Company second = companies.create("panel-2");
        var link = companies.as(
                second.founder(),
                () -> invitations.invite(new Invite(first.vendor().email(), MembershipRole.VENDOR, "ignored")));
        companies.as(first.vendor(), () -> acceptance.acceptAsSignedIn(link.token()));

        signInAs(first.vendor());
        navigate(HomeView.class);
        assertThat($(Popover.class).all()).isEmpty();

        Button avatar = $(Button.class).withClassName("user-menu").single();
        assertThat(avatar.getElement().getAttribute("aria-label")).isEqualTo("帳號選單");
        test(avatar).click();
        Popover panel = $(Popover.class).single();
        assertThat(panel.isOpened()).isTrue();
        List<Button> entries =
                $(Button.class, panel).withClassName("account-panel-entry").all();
        assertThat(entries)
                .extracting(Button::getText)
                .containsExactly(
                        "個人設定", first.name() + " · " + "外包商", second.name() + " · " + "外包商", "中文", "English", "登出");
        assertThat(entries)
                .filteredOn(b -> "true".equals(b.getElement().getAttribute("aria-current")))
                .extracting(Button::getText)
                .containsExactly(first.name() + " · " + "外包商", "中文");

        // a second tap on the avatar closes it, and nothing of it is kept
        test(avatar).click();
        assertThat($(Popover.class).all()).isEmpty();

        test(avatar).click();
        Button other = $(Button.class, $(Popover.class).single())
                .withText(second.name() + " · " + "外包商")
                .single();
        test(other).click();
        assertThat($(Popover.class).all()).isEmpty();
        assertThat(currentUser.requireMembership().tenantId()).isEqualTo(second.id());
    }
}
