package app.baton.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.DatabaseTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.TestFixtures.Person;
import app.baton.budgets.ChannelService;
import app.baton.reports.internal.EngagementRepository;
import app.baton.reports.internal.FlagRepository;
import app.baton.reports.internal.KpiTargetRepository;
import app.baton.reports.internal.RatingRepository;
import app.baton.reports.internal.ReportAttachmentRepository;
import app.baton.reports.internal.ReportMessageRepository;
import app.baton.reports.internal.ReportVersionRepository;
import app.baton.shared.DomainException;
import app.baton.shared.ids.EngagementId;
import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tenant isolation of every reports table (vendor_engagement, engagement_kpi_target, report_version,
 * report_attachment, report_flag, report_message, vendor_rating), including for one agency person who serves both
 * companies: signed in to A, nothing of B is visible, whatever the id.
 */
class ReportTenantIsolationIT extends DatabaseTestBase {

    @Autowired
    Companies companies;

    @Autowired
    EngagementService engagements;

    @Autowired
    EngagementQueryService engagementQueries;

    @Autowired
    ReportService reports;

    @Autowired
    ReportFileService reportFiles;

    @Autowired
    ReviewService reviews;

    @Autowired
    app.baton.reports.ReportVersionQueryService reportVersions;

    @Autowired
    ScorecardService scorecards;

    @Autowired
    ChannelService channels;

    @Autowired
    EngagementRepository engagementRows;

    @Autowired
    KpiTargetRepository targetRows;

    @Autowired
    ReportVersionRepository versionRows;

    @Autowired
    ReportAttachmentRepository attachmentRows;

    @Autowired
    FlagRepository flagRows;

    @Autowired
    ReportMessageRepository messageRows;

    @Autowired
    RatingRepository ratingRows;

    @Autowired
    app.baton.reports.internal.ChannelSumRepository channelSumRows;

    Company a;
    Company b;
    Person vendorInB;
    long engagementB;
    long versionB;

    @BeforeEach
    void twoCompaniesOneAgency() throws Exception {
        a = companies.create("iso-a");
        b = companies.create("iso-b");
        vendorInB = companies.serveAlso(b, a.vendor());
        ReportFixtures.engagement(companies, a, engagements, channels);
        engagementB = companies
                .as(
                        b.founder(),
                        () -> engagements.create(ReportFixtures.form(
                                a.vendor().membership().vendorOrganisationName(),
                                channels.channels(),
                                java.math.BigDecimal.valueOf(10_000_000))))
                .id();
        versionB = companies
                .as(
                        vendorInB,
                        () -> reports.upload(
                                engagementB,
                                YearMonth.of(2026, 11),
                                "b.csv",
                                new ByteArrayInputStream(ReportFixtures.fixture("baton-template-zhtw-flagged.csv")),
                                "note",
                                List.of(new ReportService.Incoming(
                                        "narrative.pdf",
                                        new ByteArrayInputStream(
                                                "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"
                                                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))))))
                .versionId();
        long flag = companies
                .as(b.founder(), () -> reportVersions.version(versionB))
                .flags()
                .get(0)
                .id();
        companies.run(b.founder(), () -> reviews.ask(versionB, flag, "why?"));
        companies.run(
                b.founder(), () -> scorecards.rate(engagementB, new ScorecardService.Rating("2026-Q4", 4, 4, 3, 5, 2)));
    }

    @Test
    void every_reports_table_of_another_company_is_invisible_even_to_the_same_agency_person() throws Exception {
        for (Person reader : List.of(a.founder(), a.vendor())) {
            companies.run(reader, () -> {
                assertThat(engagementQueries.engagements())
                        .extracting(EngagementView::id)
                        .doesNotContain(engagementB);
                assertThat(engagementRows.findById(engagementB)).isEmpty();
                assertThat(targetRows.findByEngagementIdOrderByKpiAscTargetMonthAsc(engagementB))
                        .isEmpty();
                assertThat(versionRows.findById(versionB)).isEmpty();
                assertThat(attachmentRows.findByReportVersionIdOrderByIdAsc(versionB))
                        .isEmpty();
                assertThat(flagRows.findByReportVersionIdOrderByIdAsc(versionB)).isEmpty();
                assertThat(messageRows.findByReportVersionIdInOrderByCreatedAtAscIdAsc(List.of(versionB)))
                        .isEmpty();
                assertThat(ratingRows.findByEngagementIdOrderByQuarterDesc(engagementB))
                        .isEmpty();
                companyWideReads()
                        .forEach((read, rows) -> assertThat(rows).as(read).isEmpty());
                refused(() -> engagementQueries.engagement(new EngagementId(engagementB)), "engagement.notFound");
                refused(() -> reportVersions.version(versionB), "report.notFound");
                refused(() -> reportFiles.openFile(versionB), "report.notFound");
                refused(() -> scorecards.scorecard(engagementB), "engagement.notFound");
            });
        }
        // the agency person uploading "as A" to B's engagement id is refused too
        refused(
                () -> companies.as(
                        a.vendor(),
                        () -> reports.upload(
                                engagementB,
                                YearMonth.of(2026, 10),
                                "x.csv",
                                new ByteArrayInputStream(ReportFixtures.month("2026-10", 1, true)),
                                null,
                                List.of())),
                "engagement.notFound");
        // in B, all of it is there: the company-wide reads (no list of ids, decision 017) find B's rows, A's nothing
        companies.run(
                b.founder(),
                () -> companyWideReads()
                        .forEach((read, rows) -> assertThat(rows).as(read).isNotEmpty()));
        VersionDetail detail = companies.as(vendorInB, () -> reportVersions.version(versionB));
        assertThat(detail.attachments()).hasSize(1);
        assertThat(detail.thread()).hasSize(2);
        assertThat(detail.flags()).isNotEmpty();
    }

    /** Every read of the reports' tables that relies on the tenant alone, with no engagement or version ids. */
    private java.util.Map<String, java.util.Collection<?>> companyWideReads() {
        java.time.LocalDate from = java.time.LocalDate.of(2026, 1, 1);
        java.time.LocalDate to = java.time.LocalDate.of(2026, 12, 1);
        java.util.Map<String, java.util.Collection<?>> reads = new java.util.LinkedHashMap<>();
        reads.put("month histories", versionRows.monthHistoriesOfCompany(ReviewStatus.REJECTED));
        reads.put("sums", versionRows.sumsOfCompany(ReviewStatus.SUBMITTED));
        reads.put("latest states", versionRows.latestStateOfEachMonthOfCompany());
        reads.put("claimed versions", versionRows.currentOfEachMonthBetween(from, to, ReviewStatus.REJECTED));
        reads.put("claimed channel sums", channelSumRows.ofCurrentVersionsBetween(from, to, ReviewStatus.REJECTED));
        reads.put("channel sums by status", channelSumRows.figuresWithStatus(ReviewStatus.SUBMITTED, from, to));
        reads.put("open flags", flagRows.openOfLatestUnaccepted().keySet());
        reads.put("flag counts", flagRows.countsByEngagementOfCompany());
        reads.put("ratings", ratingRows.findAllByOrderByQuarterDesc());
        return reads;
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable action, String key) {
        assertThatThrownBy(action)
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(key);
    }
}
