package app.baton.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.DatabaseTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.audit.AuditService;
import app.baton.audit.AuditService.AuditFilter;
import app.baton.shared.DomainException;
import app.baton.tenancy.InvitationAcceptanceService;
import app.baton.tenancy.InvitationService;
import app.baton.tenancy.Invite;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Switching company: only into one's own memberships, recorded in the company entered. */
class CurrentUserIT extends DatabaseTestBase {

    @Autowired
    java.time.Clock clock;

    @Autowired
    Companies companies;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    InvitationService invitations;

    @Autowired
    InvitationAcceptanceService acceptance;

    @Autowired
    AuditService audit;

    @Test
    void a_vendor_switches_between_its_companies_but_not_into_a_stranger() throws Exception {
        Company first = companies.create("switch-1");
        Company second = companies.create("switch-2");
        Company stranger = companies.create("switch-3");
        var link = companies.as(
                second.founder(),
                () -> invitations.invite(new Invite(first.vendor().email(), MembershipRole.VENDOR, "ignored")));
        companies.as(first.vendor(), () -> acceptance.acceptAsSignedIn(link.token()));

        companies.run(first.vendor(), () -> {
            assertThat(currentUser.memberships())
                    .extracting(MembershipInfo::tenantId)
                    .containsExactlyInAnyOrder(first.id(), second.id());
            MembershipInfo now = currentUser.switchTo(second.id());
            assertThat(now.tenantId()).isEqualTo(second.id());
            assertThat(currentUser.requireMembership().tenantId()).isEqualTo(second.id());
            assertThat(currentUser.require().getAuthorities())
                    .extracting(Object::toString)
                    .containsExactly("ROLE_VENDOR");
            assertThatThrownBy(() -> currentUser.switchTo(stranger.id()))
                    .isInstanceOf(DomainException.class)
                    .hasMessage("tenant.notAMember");
            assertThat(currentUser.requireMembership().tenantId()).isEqualTo(second.id());
        });

        var entered = companies.as(
                second.founder(),
                () -> audit.search(new AuditFilter(null, null, first.vendor().userId(), "SIGNED_IN"), 0, 10));
        assertThat(entered).hasSize(1);
    }

    @Test
    void the_audit_date_filter_uses_the_given_range() throws Exception {
        Company c = companies.create("audit-dates");
        Instant tomorrow = clock.instant().plus(1, ChronoUnit.DAYS);
        assertThat(companies.as(c.founder(), () -> audit.search(new AuditFilter(tomorrow, null, null, null), 0, 10)))
                .isEmpty();
        assertThat(companies.as(
                        c.founder(),
                        () -> audit.search(
                                new AuditFilter(clock.instant().minus(1, ChronoUnit.HOURS), tomorrow, null, null),
                                0,
                                10)))
                .extracting(AuditService.AuditEntry::action)
                .contains("COMPANY_CREATED");
        assertThat(companies.as(c.founder(), () -> audit.count(new AuditFilter(tomorrow, null, null, null))))
                .isZero();
    }
}
