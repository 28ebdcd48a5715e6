package app.baton.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.DatabaseTestBase;
import app.baton.MutableClock;
import app.baton.TestFixtures;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.security.AccountDirectory;
import app.baton.security.MembershipInfo;
import app.baton.security.MembershipRole;
import app.baton.shared.DomainException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class InvitationIT extends DatabaseTestBase {

    @Autowired
    Companies companies;

    @Autowired
    InvitationService invitations;

    @Autowired
    InvitationAcceptanceService acceptance;

    @Autowired
    MutableClock clock;

    @Autowired
    AccountDirectory accounts;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_new_person_accepts_a_link_and_becomes_a_successor() throws Exception {
        Company c = companies.create("inv-new");
        String email = "heir-" + c.id() + "@test.example";
        var link =
                companies.as(c.founder(), () -> invitations.invite(new Invite(email, MembershipRole.SUCCESSOR, null)));
        assertThat(link.path()).startsWith("invitations/" + c.id() + "-");
        String token = link.token();

        var preview = acceptance.preview(token).orElseThrow();
        assertThat(preview.companyName()).isEqualTo(c.name());
        assertThat(preview.accountExists()).isFalse();

        acceptance.acceptWithNewAccount(token, "Heir", TestFixtures.PASSWORD, "en");
        long userId = accounts.byEmail(email).orElseThrow().userId();
        assertThat(companies.membershipsOf(userId)).singleElement().satisfies(m -> {
            assertThat(m.tenantId()).isEqualTo(c.id());
            assertThat(m.role()).isEqualTo(MembershipRole.SUCCESSOR);
        });
        assertThat(acceptance.preview(token)).as("single use").isEmpty();
        assertThatThrownBy(() -> acceptance.acceptWithNewAccount(token, "Again", TestFixtures.PASSWORD, "en"))
                .hasMessage("invitation.notOpen");
        assertThat(companies.as(c.founder(), () -> invitations.pending())).isEmpty();
    }

    @Test
    void a_link_expires_after_seven_days() throws Exception {
        Company c = companies.create("inv-expire");
        var link = companies.as(
                c.founder(),
                () -> invitations.invite(
                        new Invite("late-" + c.id() + "@test.example", MembershipRole.SUCCESSOR, null)));
        String token = link.token();
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        assertThat(acceptance.preview(token)).isEmpty();
        assertThatThrownBy(() -> acceptance.acceptWithNewAccount(token, "Late", TestFixtures.PASSWORD, "zh-TW"))
                .isInstanceOf(DomainException.class)
                .hasMessage("invitation.notOpen");
    }

    @Test
    void a_revoked_link_cannot_be_used() throws Exception {
        Company c = companies.create("inv-revoke");
        var link = companies.as(
                c.founder(),
                () -> invitations.invite(new Invite("gone-" + c.id() + "@test.example", MembershipRole.FOUNDER, null)));
        companies.run(c.founder(), () -> invitations.revoke(link.invitationId()));
        assertThat(acceptance.preview(link.token())).isEmpty();
    }

    @Test
    void an_agency_person_serving_one_company_joins_a_second_with_the_same_agency() throws Exception {
        Company first = companies.create("inv-agency-1");
        Company second = companies.create("inv-agency-2");
        var link = companies.as(
                second.founder(),
                () -> invitations.invite(new Invite(first.vendor().email(), MembershipRole.VENDOR, "Some other name")));
        String token = link.token();
        assertThat(acceptance.preview(token).orElseThrow().accountExists()).isTrue();

        InvitationAcceptanceService.Joined joined =
                companies.as(first.vendor(), () -> acceptance.acceptAsSignedIn(token));
        assertThat(joined).isEqualTo(new InvitationAcceptanceService.Joined(second.id(), false));
        var memberships = companies.membershipsOf(first.vendor().userId());
        assertThat(memberships).hasSize(2).extracting(MembershipInfo::role).containsOnly(MembershipRole.VENDOR);
        assertThat(memberships)
                .extracting(MembershipInfo::vendorOrganisationId)
                .containsOnly(first.vendor().membership().vendorOrganisationId());
    }

    @Test
    void a_link_for_someone_else_cannot_be_accepted_by_the_signed_in_person() throws Exception {
        Company c = companies.create("inv-other");
        var link = companies.as(
                c.founder(),
                () -> invitations.invite(
                        new Invite("someone-" + c.id() + "@test.example", MembershipRole.SUCCESSOR, null)));
        Company other = companies.create("inv-other-b");
        assertThatThrownBy(() -> companies.as(other.successor(), () -> acceptance.acceptAsSignedIn(link.token())))
                .hasMessage("invitation.otherAccount");
    }

    @Test
    void bad_input_is_refused_with_a_reason() {
        Company c = companies.create("inv-bad");
        assertThatThrownBy(() -> companies.as(
                        c.founder(),
                        () -> invitations.invite(new Invite("not-an-email", MembershipRole.SUCCESSOR, null))))
                .hasMessage("email.invalid");
        assertThatThrownBy(() -> companies.as(
                        c.founder(),
                        () -> invitations.invite(
                                new Invite("v-" + c.id() + "@test.example", MembershipRole.VENDOR, " "))))
                .hasMessage("invitation.agencyRequired");
        assertThatThrownBy(() -> companies.as(
                        c.founder(),
                        () -> invitations.invite(new Invite(c.successor().email(), MembershipRole.SUCCESSOR, null))))
                .hasMessage("invitation.alreadyMember");
        assertThat(acceptance.preview("garbage")).isEmpty();
        assertThat(acceptance.preview("999999-abc")).isEmpty();
    }

    @Test
    void only_founders_invite() {
        Company c = companies.create("inv-deny");
        assertThatThrownBy(() -> companies.as(
                        c.successor(),
                        () -> invitations.invite(
                                new Invite("x-" + c.id() + "@test.example", MembershipRole.SUCCESSOR, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> companies.as(c.vendor(), () -> invitations.pending()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
