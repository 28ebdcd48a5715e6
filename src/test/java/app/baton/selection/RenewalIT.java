package app.baton.selection;

import static app.baton.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import app.baton.DatabaseTestBase;
import app.baton.DateSensitive;
import app.baton.MutableClock;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.ChannelService;
import app.baton.notifications.NotificationService;
import app.baton.reports.EngagementKpi;
import app.baton.reports.EngagementQueryService;
import app.baton.reports.EngagementService;
import app.baton.reports.EngagementTarget;
import app.baton.reports.ReportReminders;
import app.baton.reports.TermsService;
import app.baton.shared.ids.EngagementId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The renewal review on the real database (issue 19): 60 days before a term ends the family is told once; the review
 * shows the cost over the term; a founder renews (new terms with a later end, which the agency's acceptance makes
 * hold), re-tenders (a selection round with the agency asked again) or ends (the agency is told); before the window
 * there is no review, and a decision is taken once.
 */
@DateSensitive
class RenewalIT extends DatabaseTestBase {

    @Autowired
    Companies companies;

    @Autowired
    EngagementService engagements;

    @Autowired
    EngagementQueryService engagementQueries;

    @Autowired
    ChannelService channels;

    @Autowired
    ReportReminders reminders;

    @Autowired
    RenewalQueryService queries;

    @Autowired
    RenewalService renewals;

    @Autowired
    SelectionQueryService rounds;

    @Autowired
    TermsService terms;

    @Autowired
    NotificationService notifications;

    @Autowired
    MutableClock clock;

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Taipei")));
    }

    private long engagement(Company c, String title, LocalDate end) throws Exception {
        long google = companies.as(c.founder(), () -> channels.channels()).stream()
                .filter(ch -> "GOOGLE_ADS".equals(ch.code()))
                .findFirst()
                .orElseThrow()
                .id();
        return companies
                .as(
                        c.founder(),
                        () -> engagements.create(new EngagementService.Form(
                                Objects.requireNonNull(c.vendor().membership().vendorOrganisationName()),
                                title,
                                java.util.Set.of(google),
                                "monthly campaigns",
                                "",
                                "",
                                new BigDecimal("30000"),
                                new BigDecimal("100000"),
                                end.minusYears(1).plusDays(1),
                                end,
                                10,
                                List.of(new EngagementTarget(EngagementKpi.ROAS, null, new BigDecimal("3"))),
                                app.baton.reports.ConversionKind.PURCHASE,
                                "",
                                java.util.Map.of())))
                .id();
    }

    @Test
    void the_review_opens_sixty_days_before_the_end_and_each_choice_does_what_it_says() throws Exception {
        Company c = companies.create("renewal");
        long ending = engagement(c, "Ends", today().plusDays(50));
        long renewed = engagement(c, "Renewed", today().plusDays(40));
        long retendered = engagement(c, "Re-tendered", today().plusDays(30));
        long later = engagement(c, "Later", today().plusDays(90));

        // the scheduler tells the family once, for the three in the window
        reminders.runAt(clock.instant());
        reminders.runAt(clock.instant());
        assertThat(companies.as(c.successor(), () -> notifications.mine(50)))
                .filteredOn(n -> n.kind().equals("RENEWAL_DUE"))
                .extracting(n -> n.arguments().getFirst())
                .containsExactlyInAnyOrder("Ends", "Renewed", "Re-tendered");
        assertThat(companies.as(c.founder(), () -> queries.due()))
                .extracting(RenewalReview.Due::engagementId)
                .containsExactly(retendered, renewed, ending);
        assertRefused(() -> companies.as(c.founder(), () -> queries.review(later)), "renewal.notYet");

        RenewalReview review = companies.as(c.successor(), () -> queries.review(ending));
        assertThat(review.daysLeft()).isEqualTo(50);
        // the fee of each month run so far; no accepted report: no media, no verified orders
        assertThat(review.fees())
                .isEqualByComparingTo(new BigDecimal("30000").multiply(BigDecimal.valueOf(review.monthsRun())));
        assertThat(review.monthsRun()).isBetween(10, 12);
        assertThat(review.media()).isEqualByComparingTo("0");
        assertThat(review.verifiedOrders()).isNull();
        assertThat(review.decision()).isNull();

        // end: only a founder decides, with a reason; the agency is told, politely
        assertRefused(
                () -> companies.as(
                        c.successor(), () -> renewals.decide(ending, RenewalChoice.END, "enough", null, null)),
                null);
        assertRefused(
                () -> companies.as(c.founder(), () -> renewals.decide(ending, RenewalChoice.END, " ", null, null)),
                "renewal.noteRequired");
        companies.as(
                c.founder(),
                () -> renewals.decide(ending, RenewalChoice.END, "Costs rose, orders did not", null, null));
        assertThat(companies.as(c.vendor(), () -> notifications.mine(50)))
                .extracting(NotificationService.NotificationView::kind)
                .contains("RENEWAL_ENDED");
        assertThat(companies.as(c.founder(), () -> queries.review(ending).decision()))
                .isNotNull()
                .satisfies(d -> assertThat(d.choice()).isEqualTo(RenewalChoice.END));
        assertRefused(
                () -> companies.as(c.founder(), () -> renewals.decide(ending, RenewalChoice.END, "again", null, null)),
                "renewal.decided");

        // renew: the current terms with a later end go to the agency; its acceptance makes the term longer
        LocalDate oldEnd = today().plusDays(40);
        assertRefused(
                () -> companies.as(
                        c.founder(), () -> renewals.decide(renewed, RenewalChoice.RENEW, "good year", oldEnd, null)),
                "terms.endNotLater");
        int version = (int) (long) companies.as(
                c.founder(),
                () -> renewals.decide(renewed, RenewalChoice.RENEW, "A good year", oldEnd.plusYears(1), null));
        assertThat(companies
                        .as(c.founder(), () -> engagementQueries.engagement(new EngagementId(renewed)))
                        .end())
                .isEqualTo(oldEnd);
        companies.run(c.vendor(), () -> terms.accept(renewed, version));
        assertThat(companies
                        .as(c.founder(), () -> engagementQueries.engagement(new EngagementId(renewed)))
                        .end())
                .isEqualTo(oldEnd.plusYears(1));

        // re-tender: a round for the next term, with this agency asked to propose again
        long round = companies.as(
                c.founder(),
                () -> renewals.decide(retendered, RenewalChoice.RETENDER, "Compare with two others", null, null));
        RoundDetail opened = companies.as(c.founder(), () -> rounds.round(round));
        assertThat(opened.start()).isEqualTo(today().plusDays(31));
        assertThat(opened.candidates())
                .singleElement()
                .satisfies(cv -> assertThat(cv.agencyName())
                        .isEqualTo(c.vendor().membership().vendorOrganisationName()));
        assertThat(companies.as(c.founder(), () -> queries.due())).isEmpty();

        // another company sees no review of these
        Company other = companies.create("renewal-other");
        assertRefused(() -> companies.as(other.founder(), () -> queries.review(renewed)), "engagement.notFound");
        assertThat(companies.as(other.founder(), () -> queries.due())).isEmpty();
    }
}
