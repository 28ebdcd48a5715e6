package app.baton.reports;

import static app.baton.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import app.baton.DatabaseTestBase;
import app.baton.TestCalendar;
import app.baton.TestFixtures;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.TestFixtures.Person;
import app.baton.audit.AuditService;
import app.baton.budgets.ChannelService;
import app.baton.reports.parsing.Field;
import app.baton.reports.parsing.ReportFormat;
import app.baton.security.MembershipInfo;
import app.baton.security.MembershipRole;
import app.baton.tenancy.AgencyService;
import app.baton.tenancy.InvitationAcceptanceService;
import app.baton.tenancy.InvitationService;
import app.baton.tenancy.Invite;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An agency serves several companies, so what it owns — its people and its column layout — must be beyond the reach of
 * any one client company. The attack from issue 12: 陳家茶行's founder invites a new person into 亮點廣告 (which also
 * serves 林記食品) from their own engagement; that person saves the agency's layout with two columns swapped; 林記食品's
 * next upload is read with impressions and clicks exchanged. Here it is refused at the first step, and a layout change
 * by the agency's own people never re-reads what is stored.
 */
class AgencyIsolationIT extends DatabaseTestBase {

    /** An agency's own export: headers none of the known formats has. */
    static final String HEADERS = "Week,Ad group,Views,Taps,Spend (TWD),Sales\n";

    @Autowired
    Companies companies;

    @Autowired
    InvitationService invitations;

    @Autowired
    InvitationAcceptanceService acceptance;

    @Autowired
    AgencyService agency;

    @Autowired
    EngagementService engagements;

    @Autowired
    ChannelService channels;

    @Autowired
    ReportService reports;

    @Autowired
    ReportFileService reportFiles;

    @Autowired
    app.baton.reports.AgencyLayoutService agencyLayouts;

    @Autowired
    ReviewService reviews;

    @Autowired
    app.baton.reports.ReportVersionQueryService reportVersions;

    @Autowired
    AuditService audit;

    Company lin;
    Company chen;
    Person agencyInLin;
    Person agencyInChen;
    long agencyId;
    YearMonth month;

    @BeforeEach
    void oneAgencyServingTwoCompanies() throws Exception {
        lin = companies.create("lin");
        chen = companies.create("chen");
        agencyInLin = lin.vendor();
        agencyId = Objects.requireNonNull(agencyInLin.membership().vendorOrganisationId());
        // the agency's person joins 陳家茶行 through its invitation, as the agency's own person
        var toChen = companies.as(
                chen.founder(),
                () -> invitations.invite(new Invite(agencyInLin.email(), MembershipRole.VENDOR, "any name")));
        companies.as(agencyInLin, () -> acceptance.acceptAsSignedIn(toChen.token()));
        agencyInChen = personIn(agencyInLin.userId(), agencyInLin.email(), chen.id());
        month = TestCalendar.secondReportMonth();
    }

    @Test
    void a_client_company_can_only_propose_a_person_and_the_proposed_person_sees_nothing_until_the_agency_accepts()
            throws Exception {
        companies.run(agencyInLin, () -> agencyLayouts.saveMapping(layout(Field.IMPRESSIONS, Field.CLICKS)));
        long linEngagement =
                ReportFixtures.engagement(companies, lin, engagements, channels).id();
        long before = upload(agencyInLin, linEngagement);
        assertThat(impressionsAndClicks(agencyInLin, before)).containsExactly(1000L, 40L);

        // 陳家茶行's founder, from its own engagement with the agency, invites a stranger into the agency
        companies.as(
                chen.founder(),
                () -> engagements.create(ReportFixtures.form(
                        agencyInLin.membership().vendorOrganisationName(),
                        channels.channels(),
                        BigDecimal.TEN.pow(7))));
        var link = companies.as(
                chen.founder(), () -> invitations.inviteToAgency("mallory-" + chen.id() + "@test.example", agencyId));
        InvitationAcceptanceService.Joined joined =
                acceptance.acceptWithNewAccount(link.token(), "Mallory", TestFixtures.PASSWORD, "en");

        // they are only proposed: no membership anywhere, so nothing to sign in to and no layout to save
        assertThat(joined).isEqualTo(new InvitationAcceptanceService.Joined(chen.id(), true));
        long mallory = companies.userIdOf(link.email());
        assertThat(companies.membershipsOf(mallory)).isEmpty();
        // 陳家茶行's founders see whom they are waiting for; 林記食品's see nothing of it
        assertThat(companies.as(chen.founder(), () -> agency.waitingForAgencies()))
                .extracting(AgencyService.Waiting::email)
                .containsExactly(link.email());
        assertThat(companies.as(lin.founder(), () -> agency.waitingForAgencies()))
                .isEmpty();

        // the agency decides, not the client: the founder may not; a non-admin of the agency may not
        long proposalId = companies.as(agencyInChen, () -> agency.people()).proposals().stream()
                .filter(p -> p.email().startsWith("mallory-"))
                .findFirst()
                .orElseThrow()
                .proposalId();
        assertRefused(() -> companies.run(chen.founder(), () -> agency.accept(proposalId)), null);
        Person colleague = colleagueOf(agencyInLin, lin);
        assertRefused(() -> companies.run(colleague, () -> agency.accept(proposalId)), "agency.adminOnly");
        companies.run(agencyInChen, () -> agency.refuse(proposalId));
        assertThat(companies.membershipsOf(mallory)).isEmpty();
        assertThat(companies.as(chen.founder(), () -> agency.waitingForAgencies()))
                .isEmpty();
        assertRefused(() -> companies.run(agencyInLin, () -> agency.accept(proposalId)), "agency.proposalDecided");

        // 林記食品's next upload of the same file is read exactly as before
        long after = upload(agencyInLin, linEngagement);
        assertThat(impressionsAndClicks(agencyInLin, after)).containsExactly(1000L, 40L);
        assertThat(companies.as(chen.founder(), () -> actions()))
                .contains("AGENCY_PERSON_PROPOSED", "AGENCY_PERSON_REFUSED");
        assertThat(companies.as(lin.founder(), () -> actions())).doesNotContain("AGENCY_PERSON_PROPOSED");
    }

    @Test
    void an_accepted_person_serves_only_the_proposing_company_and_a_new_layout_never_re_reads_stored_versions()
            throws Exception {
        companies.run(agencyInLin, () -> agencyLayouts.saveMapping(layout(Field.IMPRESSIONS, Field.CLICKS)));
        long linEngagement =
                ReportFixtures.engagement(companies, lin, engagements, channels).id();
        long stored = upload(agencyInLin, linEngagement);
        VersionDetail read = companies.as(lin.founder(), () -> reportVersions.version(stored));
        assertThat(read.summary().format()).isEqualTo(ReportFormat.VENDOR_MAPPING);
        assertThat(read.layoutVersion()).isEqualTo(1);

        var link = companies.as(
                chen.founder(), () -> invitations.inviteToAgency("newcomer-" + chen.id() + "@test.example", agencyId));
        InvitationAcceptanceService.Joined joined =
                acceptance.acceptWithNewAccount(link.token(), "Newcomer", TestFixtures.PASSWORD, "zh-TW");
        assertThat(joined.waitingForAgency()).isTrue();
        long newcomer = companies.userIdOf(link.email());
        long proposalId = companies
                .as(agencyInLin, () -> agency.people())
                .proposals()
                .getFirst()
                .proposalId();
        companies.run(agencyInLin, () -> agency.accept(proposalId));

        // a membership in the proposing company only, in the agency
        List<MembershipInfo> theirs = companies.membershipsOf(newcomer);
        assertThat(theirs).extracting(MembershipInfo::tenantId).containsExactly(chen.id());
        assertThat(theirs).extracting(MembershipInfo::vendorOrganisationId).containsExactly(agencyId);
        assertThat(companies.as(agencyInLin, () -> agency.people()).people())
                .extracting(AgencyService.AgencyPerson::email)
                .contains(agencyInLin.email(), "newcomer-" + chen.id() + "@test.example");

        // now one of the agency's people, they change its layout: a new version, audited where they work
        Person accepted = new Person(newcomer, "newcomer-" + chen.id() + "@test.example", theirs.getFirst());
        companies.run(accepted, () -> agencyLayouts.saveMapping(layout(Field.CLICKS, Field.IMPRESSIONS)));
        assertThat(companies.as(chen.founder(), () -> actions())).contains("AGENCY_LAYOUT_SAVED");

        // the stored version is not read again: same layout version, same figures
        VersionDetail again = companies.as(lin.founder(), () -> reportVersions.version(stored));
        assertThat(again.layoutVersion()).isEqualTo(1);
        assertThat(impressionsAndClicks(agencyInLin, stored)).containsExactly(1000L, 40L);
        // the next upload is read with the agency's new layout, and says so
        long next = upload(agencyInLin, linEngagement);
        assertThat(companies
                        .as(lin.founder(), () -> reportVersions.version(next))
                        .layoutVersion())
                .isEqualTo(2);
    }

    private long upload(Person vendor, long engagementId) throws Exception {
        byte[] file = (HEADERS + month.atDay(2) + ",Winter,1000,40,\"1,200\",3\n").getBytes(StandardCharsets.UTF_8);
        return companies
                .as(
                        vendor,
                        () -> reports.upload(
                                engagementId, month, "own-layout.csv", new ByteArrayInputStream(file), null, List.of()))
                .versionId();
    }

    private List<Long> impressionsAndClicks(Person vendor, long versionId) throws Exception {
        var row = companies.as(vendor, () -> reportFiles.rows(versionId)).getFirst();
        return List.of(
                row.figure(Field.IMPRESSIONS).longValueExact(),
                row.figure(Field.CLICKS).longValueExact());
    }

    private static Map<String, Field> layout(Field views, Field taps) {
        Map<String, Field> columns = new LinkedHashMap<>();
        columns.put("Week", Field.DATE);
        columns.put("Ad group", Field.CAMPAIGN);
        columns.put("Views", views);
        columns.put("Taps", taps);
        columns.put("Spend", Field.COST);
        columns.put("Sales", Field.CONVERSIONS);
        return columns;
    }

    /** The audit log's actions of the signed-in founder's company. */
    private List<String> actions() {
        return audit.search(new AuditService.AuditFilter(null, null, null, null), 0, 100).stream()
                .map(AuditService.AuditEntry::action)
                .toList();
    }

    private Person personIn(long userId, String email, long tenantId) {
        MembershipInfo membership = companies.membershipsOf(userId).stream()
                .filter(m -> m.tenantId() == tenantId)
                .findFirst()
                .orElseThrow();
        return new Person(userId, email, membership);
    }

    /** A second person of the same agency, not its admin, also serving {@code company}. */
    private Person colleagueOf(Person admin, Company company) {
        var account = companies.account("colleague-" + company.id());
        return companies.serveAlso(company, new Person(account.userId(), account.email(), admin.membership()));
    }
}
