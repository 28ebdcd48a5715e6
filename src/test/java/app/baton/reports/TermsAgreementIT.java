package app.baton.reports;

import static app.baton.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import app.baton.DatabaseTestBase;
import app.baton.MutableClock;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.TestFixtures.Person;
import app.baton.budgets.ChannelService;
import app.baton.notifications.NotificationService;
import app.baton.security.MembershipRole;
import app.baton.shared.ids.EngagementId;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Terms both sides agree, on the real database (issue 19): the founder proposes, the agency counter-proposes with a
 * reason, the founder's acceptance makes that version agreed; only then does the engagement change, its targets from
 * this month (last month stays judged against the old one); who, when and why are kept; the other agency, another
 * company and a successor cannot accept.
 */
class TermsAgreementIT extends DatabaseTestBase {

    @Autowired
    Companies companies;

    @Autowired
    EngagementService engagements;

    @Autowired
    EngagementQueryService queries;

    @Autowired
    TermsService terms;

    @Autowired
    ChannelService channels;

    @Autowired
    NotificationService notifications;

    @Autowired
    MutableClock clock;

    private static final Map<Responsibility, Party> RACI = Map.of(
            Responsibility.ASSETS, Party.COMPANY,
            Responsibility.CREATIVE_APPROVAL, Party.COMPANY,
            Responsibility.TRACKING, Party.AGENCY,
            Responsibility.CONVERSION_DEFINITION, Party.BOTH);

    private static TermsService.TermsForm form(String fee, String roas, Long contact, String reason) {
        return new TermsService.TermsForm(
                new BigDecimal(fee),
                new BigDecimal("10000000"),
                "monthly campaigns",
                "bids, creatives, reports",
                "pricing, landing pages",
                List.of(new EngagementTarget(EngagementKpi.ROAS, null, new BigDecimal(roas))),
                RACI,
                contact,
                reason);
    }

    @Test
    void the_agency_s_counter_proposal_and_the_founder_s_acceptance_make_a_version_agreed() throws Exception {
        Company c = companies.create("terms-agreed");
        long id = ReportFixtures.engagement(companies, c, engagements, channels).id();
        long successor = c.successor().userId();

        // the founder proposes: ROAS 4 and a higher fee; the founder's own proposal is the company's acceptance
        int v1 = companies.as(c.founder(), () -> terms.propose(id, form("35000", "4", successor, "more creatives")));
        EngagementTerms afterProposal = companies.as(c.vendor(), () -> terms.terms(id));
        assertThat(afterProposal.pending()).isNotNull().satisfies(p -> {
            assertThat(p.number()).isEqualTo(v1);
            assertThat(p.proposedSide()).isEqualTo(Party.COMPANY);
            assertThat(p.companyAcceptedBy()).isNotNull();
            assertThat(p.agencyAcceptedBy()).isNull();
            assertThat(p.internalContactUserId()).isEqualTo(successor);
        });
        assertThat(afterProposal.mayAccept()).isTrue();
        assertThat(companies.as(c.vendor(), () -> notifications.mine(10)))
                .extracting(NotificationService.NotificationView::kind)
                .contains("TERMS_PROPOSED");

        // the agency counter-proposes ROAS 3.5 with its reason; the company's contact stays as named
        int v2 = companies.as(
                c.vendor(), () -> terms.propose(id, form("35000", "3.5", successor, "ROAS 4 needs a bigger budget")));
        assertRefused(
                () -> companies.as(
                        c.vendor(),
                        () -> terms.propose(id, form("35000", "3.5", c.founder().userId(), "contact"))),
                "terms.contactIsTheCompanys");
        // nothing holds yet: the engagement is as it was
        assertThat(companies
                        .as(c.founder(), () -> queries.engagement(new EngagementId(id)))
                        .monthlyFee())
                .isEqualByComparingTo("30000");
        assertRefused(
                () -> companies.as(c.founder(), () -> {
                    terms.accept(id, v1);
                    return null;
                }),
                "terms.changed");
        assertRefused(
                () -> companies.as(c.vendor(), () -> {
                    terms.accept(id, v2);
                    return null;
                }),
                "terms.alreadyAccepted");
        assertRefused(
                () -> companies.as(c.successor(), () -> {
                    terms.accept(id, v2);
                    return null;
                }),
                null);

        companies.run(c.founder(), () -> terms.accept(id, v2));

        EngagementTerms agreed = companies.as(c.founder(), () -> terms.terms(id));
        YearMonth thisMonth = YearMonth.now(clock.withZone(ZoneId.of("Asia/Taipei")));
        assertThat(agreed.pending()).isNull();
        assertThat(agreed.inForce()).isNotNull().satisfies(v -> {
            assertThat(v.number()).isEqualTo(v2);
            assertThat(v.state()).isEqualTo(TermsState.AGREED);
            assertThat(v.proposedSide()).isEqualTo(Party.AGENCY);
            assertThat(v.reason()).isEqualTo("ROAS 4 needs a bigger budget");
            assertThat(v.agreedFrom()).isEqualTo(thisMonth);
            assertThat(v.responsibilities()).containsAllEntriesOf(RACI);
            assertThat(v.companyAcceptedBy()).isNotNull();
            assertThat(v.agencyAcceptedBy()).isNotNull();
        });
        assertThat(agreed.versions())
                .extracting(TermsVersion::number, TermsVersion::state, TermsVersion::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(v2, TermsState.AGREED, "ROAS 4 needs a bigger budget"),
                        org.assertj.core.groups.Tuple.tuple(v1, TermsState.SUPERSEDED, "more creatives"));

        // the engagement now holds the agreed terms; last month stays judged against ROAS 3
        EngagementView now = companies.as(c.founder(), () -> queries.engagement(new EngagementId(id)));
        assertThat(now.monthlyFee()).isEqualByComparingTo("35000");
        assertThat(now.targets())
                .singleElement()
                .satisfies(t -> assertThat(t.target()).isEqualByComparingTo("3.5"));
        assertThat(now.targetsIn(thisMonth.minusMonths(1)))
                .singleElement()
                .satisfies(t -> assertThat(t.target()).isEqualByComparingTo("3"));
        // and the fee: last month keeps the fee it had, this month has the agreed one
        assertThat(now.feeIn(thisMonth.minusMonths(1))).isEqualByComparingTo("30000");
        assertThat(now.feeIn(thisMonth)).isEqualByComparingTo("35000");
        assertThat(companies.as(c.vendor(), () -> notifications.mine(10)))
                .extracting(NotificationService.NotificationView::kind)
                .contains("TERMS_AGREED");
    }

    @Test
    void a_reason_is_asked_and_nobody_outside_the_engagement_proposes_or_accepts() throws Exception {
        Company c = companies.create("terms-refused");
        long id = ReportFixtures.engagement(companies, c, engagements, channels).id();
        assertRefused(
                () -> companies.as(c.founder(), () -> terms.propose(id, form("30000", "3", null, " "))),
                "terms.reasonRequired");
        assertRefused(
                () -> companies.as(c.founder(), () -> terms.propose(id, form("30000", "0", null, "zero"))),
                "engagement.targetPositive");
        assertRefused(
                () -> companies.as(c.founder(), () -> terms.propose(id, form("30000", "3", 999_999_999L, "who"))),
                "terms.contactUnknown");
        // more stage targets than a version keeps are refused in words, not by the database
        List<EngagementTarget> many = new java.util.ArrayList<>();
        for (int i = 0; i < 37; i++) {
            many.add(new EngagementTarget(
                    i < 24 ? EngagementKpi.ROAS : EngagementKpi.CPA,
                    YearMonth.of(2026, 1).plusMonths(i % 24),
                    BigDecimal.TEN));
        }
        TermsService.TermsForm tooMany =
                new TermsService.TermsForm(BigDecimal.ONE, BigDecimal.ONE, "", "", "", many, RACI, null, "stages");
        assertRefused(() -> companies.as(c.founder(), () -> terms.propose(id, tooMany)), "terms.tooManyTargets");
        // a successor without the founders' leave to manage agencies may not propose
        assertRefused(
                () -> companies.as(c.successor(), () -> terms.propose(id, form("30000", "3", null, "x"))),
                "terms.notAllowed");
        int v1 = companies.as(c.founder(), () -> terms.propose(id, form("30000", "3", null, "agree as is")));

        Person otherAgency = companies.addPerson(c, "other-agency-" + UUID.randomUUID(), MembershipRole.VENDOR);
        Company other = companies.create("terms-refused-other");
        for (Person outsider : List.of(otherAgency, other.founder(), other.vendor())) {
            assertRefused(() -> companies.as(outsider, () -> terms.terms(id)), "engagement.notFound");
            assertRefused(
                    () -> companies.as(outsider, () -> {
                        terms.accept(id, v1);
                        return null;
                    }),
                    "engagement.notFound");
            assertRefused(
                    () -> companies.as(outsider, () -> terms.propose(id, form("1", "9", null, "mine"))),
                    "engagement.notFound");
        }
        // the agency accepts the founder's version as it is: agreed without a counter-proposal
        companies.run(c.vendor(), () -> terms.accept(id, v1));
        assertThat(companies.as(c.founder(), () -> terms.terms(id)).inForce())
                .isNotNull()
                .satisfies(v -> assertThat(v.number()).isEqualTo(v1));
    }
}
