package app.baton.reports;

import static app.baton.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import app.baton.DatabaseTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.ChannelKind;
import app.baton.budgets.ChannelService;
import app.baton.shared.ids.EngagementId;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An agency promising fast results on a slow channel is flagged, on the real database: an engagement over SEO and
 * Google Ads from January with a stage target in March is flagged for SEO (six months by the seeds' defaults), not
 * for Google Ads, and a stage target in September is not; the agency and another company do not read the flags.
 */
class FastPromisesIT extends DatabaseTestBase {

    @Autowired
    Companies companies;

    @Autowired
    EngagementService engagements;

    @Autowired
    ChannelService channels;

    @Autowired
    FastPromises fastPromises;

    @Test
    void a_stage_target_before_seo_can_show_its_effect_is_flagged_and_only_the_family_reads_it() throws Exception {
        Company c = companies.create("fast-promises");
        List<ChannelService.ChannelView> all = companies.as(c.founder(), () -> channels.channels());
        long seo = id(all, "SEO");
        long google = id(all, "GOOGLE_ADS");
        EngagementService.Form f = ReportFixtures.form(c, all, BigDecimal.valueOf(1_000_000));
        EngagementService.Form form = ReportFixtures.with(
                f,
                Set.of(seo, google),
                List.of(
                        new EngagementTarget(EngagementKpi.ROAS, YearMonth.of(2026, 3), new BigDecimal("4")),
                        new EngagementTarget(EngagementKpi.ROAS, YearMonth.of(2026, 9), new BigDecimal("5")),
                        new EngagementTarget(EngagementKpi.CTR, null, new BigDecimal("0.02"))));
        EngagementId id = new EngagementId(
                companies.as(c.founder(), () -> engagements.create(form)).id());

        assertThat(companies.as(c.successor(), () -> fastPromises.of(id)))
                .singleElement()
                .isEqualTo(new FastPromises.FastPromise(
                        EngagementKpi.ROAS, YearMonth.of(2026, 3), seo, ChannelKind.SEO, 6, YearMonth.of(2026, 7)));

        // the founder runs that channel as search ads (weeks, not months): March is no longer a fast promise
        companies.run(c.founder(), () -> channels.setKind(seo, ChannelKind.SEARCH_ADS));
        assertThat(companies.as(c.founder(), () -> fastPromises.of(id))).isEmpty();

        assertRefused(() -> companies.as(c.vendor(), () -> fastPromises.of(id)), null);
        Company other = companies.create("fast-promises-other");
        assertRefused(() -> companies.as(other.founder(), () -> fastPromises.of(id)), "engagement.notFound");
    }

    private static long id(List<ChannelService.ChannelView> all, String code) {
        return all.stream()
                .filter(ch -> code.equals(ch.code()))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
