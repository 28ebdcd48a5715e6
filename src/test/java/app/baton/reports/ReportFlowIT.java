package app.baton.reports;

import static app.baton.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import app.baton.DatabaseTestBase;
import app.baton.DateSensitive;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.TestFixtures.Person;
import app.baton.audit.AuditService;
import app.baton.budgets.ChannelService;
import app.baton.notifications.NotificationService;
import app.baton.security.MembershipRole;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Engagements, versions, the review flow, history checks, LATE and isolation, on the real database. */
@DateSensitive
class ReportFlowIT extends DatabaseTestBase {

    @Autowired
    java.time.Clock clock;

    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

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
    app.baton.reports.ReportStatusQueryService reportStatus;

    @Autowired
    ScorecardService scorecards;

    @Autowired
    ReportFigures figures;

    @Autowired
    ChannelService channels;

    @Autowired
    NotificationService notifications;

    @Autowired
    AuditService audit;

    Company c;
    EngagementView engagement;

    @BeforeEach
    void engagement() throws Exception {
        c = companies.create("reports");
        engagement = ReportFixtures.engagement(companies, c, engagements, channels);
    }

    @Test
    void a_flagged_report_is_questioned_corrected_and_accepted_and_every_version_stays_as_uploaded() throws Exception {
        byte[] flagged = ReportFixtures.fixture("baton-template-zhtw-flagged.csv");
        ReportService.Submitted v1 = upload(c.vendor(), NOVEMBER, "flagged.csv", flagged);
        assertThat(v1.versionNumber()).isEqualTo(1);
        assertThat(v1.flags()).extracting(f -> f.code()).contains("CONVERSIONS_EXCEED_CLICKS", "DATE_OUTSIDE_PERIOD");
        VersionDetail first = companies.as(c.founder(), () -> reportVersions.version(v1.versionId()));
        assertThat(first.mayReview()).isTrue();
        long flagId = first.flags().stream()
                .filter(f -> f.flag().code().equals("CONVERSIONS_EXCEED_CLICKS"))
                .findFirst()
                .orElseThrow()
                .id();
        // the vendor was told nothing yet; the founders and successors were told of the upload
        assertThat(companies.as(c.founder(), () -> notifications.unreadCount())).isPositive();

        assertThat(companies.as(c.founder(), () -> reportStatus.attention()).waiting())
                .isEqualTo(1);
        // what waits names the month with its flags still to be dealt with (not closed, above INFO)
        long open = first.flags().stream()
                .filter(f -> !f.state().closed() && f.flag().severity() != app.baton.reports.checks.Severity.INFO)
                .count();
        assertThat(open).isPositive();
        assertThat(companies.as(c.founder(), () -> reportStatus.waitingForMe()))
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.versionId()).isEqualTo(v1.versionId());
                    assertThat(w.month()).isEqualTo(NOVEMBER);
                    assertThat(w.answered()).isFalse();
                    assertThat(w.openFlags()).isEqualTo((int) open);
                });
        companies.run(c.founder(), () -> reviews.ask(v1.versionId(), flagId, "How can conversions exceed clicks?"));
        assertRefused(
                () -> companies.run(
                        c.founder(),
                        () -> reviews.review(
                                v1.versionId(), first.version(), ReviewStatus.CLARIFICATION_REQUESTED, " ")),
                "report.reasonRequired");
        companies.run(
                c.founder(),
                () -> reviews.review(
                        v1.versionId(), first.version(), ReviewStatus.CLARIFICATION_REQUESTED, "Please correct row 5"));
        assertThat(companies.as(c.vendor(), () -> notifications.unreadCount())).isEqualTo(2);
        assertThat(companies.as(c.vendor(), () -> reportStatus.attention()).waiting())
                .isEqualTo(1);
        assertThat(companies.as(c.founder(), () -> reportStatus.attention()).waiting())
                .isZero();
        // the count (from the engagements' terms only) is the engagements page's statuses added up, for each side
        for (var person : java.util.List.of(c.founder(), c.vendor())) {
            var statuses = companies.as(person, () -> reportStatus.statuses(engagementQueries.engagements()));
            var attention = companies.as(person, () -> reportStatus.attention());
            assertThat(attention.waiting())
                    .isEqualTo(statuses.values().stream()
                            .mapToInt(EngagementStatus::waitingMonths)
                            .sum());
            assertThat(attention.late())
                    .isEqualTo(statuses.values().stream()
                            .mapToInt(EngagementStatus::late)
                            .sum());
            assertThat(attention.engagements()).isEqualTo(statuses.size());
        }
        companies.run(c.vendor(), () -> reviews.answer(v1.versionId(), flagId, "Row 5 double counted; corrected."));

        byte[] clean = ReportFixtures.fixture("baton-template-en-clean.csv");
        ReportService.Submitted v2 = upload(c.vendor(), NOVEMBER, "corrected.csv", clean);
        assertThat(v2.versionNumber()).isEqualTo(2);
        // what waits is the month's latest version only, not the answered question on the one it replaced
        assertThat(companies.as(c.founder(), () -> reportStatus.waitingForMe()))
                .extracting(WaitingReport::versionId)
                .containsExactly(v2.versionId());
        // and the counts read the month from its latest version: waiting for the founder, no longer for the agency
        assertThat(companies.as(c.founder(), () -> reportStatus.attention()).waiting())
                .isEqualTo(1);
        assertThat(companies.as(c.vendor(), () -> reportStatus.attention()).waiting())
                .isZero();
        assertThat(companies
                        .as(c.vendor(), () -> reportStatus.statuses(engagementQueries.engagements()))
                        .get(engagement.id()))
                .satisfies(status -> {
                    assertThat(status.latestMonth()).isEqualTo(NOVEMBER);
                    assertThat(status.latestStatus()).isEqualTo(ReviewStatus.SUBMITTED);
                });
        assertThat(v2.flags()).noneMatch(f -> f.severity() != app.baton.reports.checks.Severity.INFO);
        // the earlier version can no longer be decided on
        assertRefused(
                () -> companies.run(
                        c.founder(),
                        () -> reviews.review(v1.versionId(), first.version() + 1, ReviewStatus.ACCEPTED, null)),
                "report.notLatest");
        long version2 = companies.as(
                c.founder(), () -> reportVersions.version(v2.versionId()).version());
        companies.run(c.founder(), () -> reviews.review(v2.versionId(), version2, ReviewStatus.ACCEPTED, null));
        companies.run(
                c.founder(), () -> reviews.closeFlag(v1.versionId(), flagId, FlagState.RESOLVED, "corrected in v2"));

        VersionDetail accepted = companies.as(c.vendor(), () -> reportVersions.version(v2.versionId()));
        assertThat(accepted.summary().status()).isEqualTo(ReviewStatus.ACCEPTED);
        assertThat(accepted.thread())
                .extracting(MessageView::kind)
                .contains(
                        MessageKind.UPLOADED,
                        MessageKind.QUESTION,
                        MessageKind.CLARIFICATION_REQUESTED,
                        MessageKind.ANSWER,
                        MessageKind.ACCEPTED,
                        MessageKind.FLAG_RESOLVED);
        assertRefused(() -> upload(c.vendor(), NOVEMBER, "again.csv", clean), "report.alreadyAccepted");

        // the raw files are stored unchanged, with their SHA-256; the parsed rows beside them
        app.baton.shared.storage.Download stored =
                companies.as(c.founder(), () -> reportFiles.openFile(v1.versionId()));
        byte[] bytes;
        try (InputStream in = stored.content()) {
            bytes = in.readAllBytes();
        }
        assertThat(bytes).isEqualTo(flagged);
        assertThat(first.summary().sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(flagged)));
        assertThat(companies.as(c.founder(), () -> reportFiles.rows(v2.versionId())))
                .hasSize(v2.report().rows().size());
        VersionDetail stillFirst = companies.as(c.founder(), () -> reportVersions.version(v1.versionId()));
        assertThat(stillFirst.summary().status()).isEqualTo(ReviewStatus.CLARIFICATION_REQUESTED);
        assertThat(stillFirst.latest()).isFalse();

        // every step is audited
        assertThat(companies.as(c.founder(), () -> audit.search(AuditService.AuditFilter.none(), 0, 100)).stream()
                        .map(e -> e.action())
                        .toList())
                .contains(
                        "ENGAGEMENT_CREATED",
                        "REPORT_SUBMITTED",
                        "REPORT_QUESTION",
                        "REPORT_CLARIFICATION_REQUESTED",
                        "REPORT_ANSWER",
                        "REPORT_ACCEPTED",
                        "REPORT_FLAG_RESOLVED");
        EngagementStatus status = companies
                .as(c.founder(), () -> reportStatus.statuses(engagementQueries.engagements()))
                .get(engagement.id());
        assertThat(status.latestMonth()).isEqualTo(NOVEMBER);
        assertThat(status.latestStatus()).isEqualTo(ReviewStatus.ACCEPTED);
        assertThat(status.waiting()).isFalse();
        ScorecardService.Scorecard card = companies.as(c.founder(), () -> scorecards.scorecard(engagement.id()));
        assertThat(card.reports()).isEqualTo(2);
        assertThat(card.upheld()).isEqualTo(1);
        assertThat(card.outcomes()).containsEntry(ReviewStatus.ACCEPTED, 1);
    }

    @Test
    void history_based_checks_compare_with_earlier_accepted_months_and_the_spend_cap() throws Exception {
        for (String month : List.of("2026-08", "2026-09", "2026-10")) {
            ReportService.Submitted s =
                    upload(c.vendor(), YearMonth.parse(month), month + ".csv", ReportFixtures.month(month, 1, true));
            assertThat(s.flags()).noneMatch(f -> f.severity() != app.baton.reports.checks.Severity.INFO);
            accept(s.versionId());
        }
        // conversions six times a month of history, and the second campaign gone
        ReportService.Submitted spike =
                upload(c.vendor(), NOVEMBER, "spike.csv", ReportFixtures.month("2026-11", 6, false));
        assertThat(spike.flags()).extracting(f -> f.code()).contains("METRIC_SPIKE", "METRIC_MISSING");
        assertThat(spike.flags()).noneMatch(f -> f.code().equals("SPEND_MISMATCH"));

        Company other = companies.create("reports-cap");
        EngagementView small = companies.as(
                other.founder(),
                () -> engagements.create(
                        ReportFixtures.form(other, channels.channels(), java.math.BigDecimal.valueOf(10_000))));
        ReportService.Submitted over = companies.as(
                other.vendor(),
                () -> reports.upload(
                        small.id(),
                        NOVEMBER,
                        "over.csv",
                        new ByteArrayInputStream(ReportFixtures.month("2026-11", 1, true)),
                        null,
                        List.of()));
        assertThat(over.flags()).extracting(f -> f.code()).contains("SPEND_MISMATCH");
    }

    @Test
    void an_xlsx_export_is_stored_unchanged_and_read_like_the_csv() throws Exception {
        byte[] xlsx = ReportFixtures.fixture("baton-template-en-clean.xlsx");
        ReportService.Submitted fromXlsx = upload(c.vendor(), NOVEMBER, "clean.xlsx", xlsx);
        assertThat(fromXlsx.report().format()).isEqualTo(app.baton.reports.parsing.ReportFormat.BATON_TEMPLATE);
        assertThat(fromXlsx.flags()).noneMatch(f -> f.severity() != app.baton.reports.checks.Severity.INFO);
        byte[] csv = ReportFixtures.fixture("baton-template-en-clean.csv");
        var csvReport = app.baton.reports.parsing.ReportParser.parse(
                csv, app.baton.reports.parsing.ReportParser.Limits.defaults());
        assertThat(fromXlsx.report().rows()).hasSameSizeAs(csvReport.rows());
        assertThat(fromXlsx.report().totals().get(app.baton.reports.parsing.Field.COST))
                .isEqualByComparingTo(csvReport.totals().get(app.baton.reports.parsing.Field.COST));
        app.baton.shared.storage.Download stored =
                companies.as(c.founder(), () -> reportFiles.openFile(fromXlsx.versionId()));
        try (InputStream in = stored.content()) {
            assertThat(in.readAllBytes()).isEqualTo(xlsx);
        }
        assertThat(fromXlsx.versionNumber()).isEqualTo(1);
    }

    @Test
    void months_past_their_due_day_without_a_report_are_late() throws Exception {
        upload(c.vendor(), YearMonth.of(2026, 3), "march.csv", ReportFixtures.month("2026-03", 1, true));
        List<MonthRow> months = companies.as(c.vendor(), () -> reportVersions.months(engagement.id()));
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Taipei")));
        for (MonthRow row : months) {
            boolean dueHasPassed = today.isAfter(row.due());
            if (row.month().equals(YearMonth.of(2026, 3))) {
                // uploaded long after its due day (10 April)
                assertThat(row.late()).isFalse();
                assertThat(row.submittedLate()).isTrue();
            } else {
                assertThat(row.late()).as(row.month().toString()).isEqualTo(dueHasPassed);
            }
        }
        assertThat(months.get(months.size() - 1).month()).isEqualTo(YearMonth.of(2026, 1));
    }

    @Test
    void another_agency_and_another_company_see_nothing_and_change_nothing() throws Exception {
        ReportService.Submitted v1 =
                upload(c.vendor(), NOVEMBER, "r.csv", ReportFixtures.fixture("baton-template-en-clean.csv"));
        Person otherAgency = companies.addPerson(c, "rival", MembershipRole.VENDOR);
        assertRefused(
                () -> companies.as(otherAgency, () -> engagementQueries.engagement(engagement.id())),
                "engagement.notFound");
        assertThat(companies.as(otherAgency, () -> engagementQueries.engagements()))
                .isEmpty();
        assertRefused(() -> companies.as(otherAgency, () -> reportVersions.version(v1.versionId())), "report.notFound");
        assertRefused(
                () -> upload(otherAgency, YearMonth.of(2026, 10), "x.csv", ReportFixtures.month("2026-10", 1, true)),
                "engagement.notFound");
        assertRefused(
                () -> companies.run(otherAgency, () -> reviews.answer(v1.versionId(), null, "hi")), "report.notFound");

        Company b = companies.create("reports-b");
        assertRefused(
                () -> companies.as(b.founder(), () -> engagementQueries.engagement(engagement.id())),
                "engagement.notFound");
        assertRefused(() -> companies.as(b.founder(), () -> reportVersions.version(v1.versionId())), "report.notFound");
        assertRefused(() -> companies.as(b.founder(), () -> reportFiles.openFile(v1.versionId())), "report.notFound");
        assertRefused(
                () -> companies.as(b.vendor(), () -> reportVersions.versions(engagement.id())), "engagement.notFound");
        assertThat(companies.as(b.founder(), () -> engagementQueries.engagements()))
                .isEmpty();
        // the company's own successor may not create engagements unless the founders allow it
        assertRefused(
                () -> companies.as(
                        c.successor(),
                        () -> engagements.create(
                                ReportFixtures.form(c, channels.channels(), java.math.BigDecimal.ONE))),
                "engagement.foundersOnly");
    }

    @Test
    void bad_files_and_bad_input_are_refused_and_nothing_is_kept() throws Exception {
        assertRefused(
                () -> upload(c.vendor(), NOVEMBER, "a.csv", ReportFixtures.fixture("not-a-report.csv")),
                "report.unrecognised");
        assertRefused(
                () -> upload(c.vendor(), NOVEMBER, "b.xlsx", ReportFixtures.fixture("pdf-renamed.xlsx")),
                "file.typeMismatch");
        assertRefused(() -> upload(c.vendor(), NOVEMBER, "c.docx", new byte[] {1}), "file.typeNotAllowed");
        assertRefused(
                () -> upload(c.vendor(), YearMonth.of(2025, 12), "d.csv", ReportFixtures.month("2025-12", 1, true)),
                "report.monthOutsideTerm");
        assertRefused(
                () -> companies.as(
                        c.founder(),
                        () -> reports.upload(
                                engagement.id(),
                                NOVEMBER,
                                "e.csv",
                                new ByteArrayInputStream(new byte[] {1}),
                                null,
                                List.of())),
                null);
        assertThat(companies.as(c.founder(), () -> reportVersions.versions(engagement.id())))
                .isEmpty();
        assertRefused(
                () -> companies.as(
                        c.founder(),
                        () -> engagements.create(new EngagementService.Form(
                                "x",
                                " ",
                                java.util.Set.of(),
                                "",
                                "",
                                "",
                                java.math.BigDecimal.ONE,
                                java.math.BigDecimal.ONE,
                                null,
                                null,
                                10,
                                List.of(),
                                app.baton.reports.ConversionKind.PURCHASE,
                                "",
                                java.util.Map.of()))),
                "engagement.titleRequired");
        assertRefused(
                () -> companies.as(
                        c.founder(),
                        () -> engagements.create(new EngagementService.Form(
                                "x",
                                "t",
                                java.util.Set.of(channels.channels().get(0).id()),
                                "",
                                "",
                                "",
                                java.math.BigDecimal.ONE,
                                java.math.BigDecimal.ONE,
                                LocalDate.of(2026, 2, 1),
                                LocalDate.of(2026, 1, 1),
                                10,
                                List.of(),
                                app.baton.reports.ConversionKind.PURCHASE,
                                "",
                                java.util.Map.of()))),
                "engagement.endBeforeStart");
    }

    @Test
    void the_dashboards_overview_counts_in_the_database_what_the_scorecard_counts_version_by_version()
            throws Exception {
        ReportService.Submitted august =
                upload(c.vendor(), YearMonth.of(2026, 8), "aug.csv", ReportFixtures.month("2026-08", 1, true));
        accept(august.versionId());
        ReportService.Submitted september =
                upload(c.vendor(), YearMonth.of(2026, 9), "sep.csv", ReportFixtures.month("2026-09", 1, true));
        long before = companies.as(
                c.founder(), () -> reportVersions.version(september.versionId()).version());
        companies.run(
                c.founder(),
                () -> reviews.review(september.versionId(), before, ReviewStatus.REJECTED, "wrong account"));
        ReportService.Submitted septemberAgain =
                upload(c.vendor(), YearMonth.of(2026, 9), "sep-2.csv", ReportFixtures.month("2026-09", 1, true));
        ReportService.Submitted november =
                upload(c.vendor(), NOVEMBER, "flagged.csv", ReportFixtures.fixture("baton-template-zhtw-flagged.csv"));
        FlagView dismissed =
                companies.as(c.founder(), () -> reportVersions.version(november.versionId())).flags().stream()
                        .filter(f -> f.flag().severity() != app.baton.reports.checks.Severity.INFO)
                        .findFirst()
                        .orElseThrow();
        companies.run(
                c.founder(),
                () -> reviews.closeFlag(november.versionId(), dismissed.id(), FlagState.DISMISSED, "known"));
        long stillOpen = companies.as(c.founder(), () -> reportVersions.version(november.versionId())).flags().stream()
                .filter(f -> !f.state().closed() && f.flag().severity() != app.baton.reports.checks.Severity.INFO)
                .count();
        assertThat(stillOpen).isPositive();

        ReportFigures.Overview overview = companies.as(c.founder(), () -> figures.overview());
        ScorecardService.Scorecard card = companies.as(c.founder(), () -> scorecards.scorecard(engagement.id()));
        ReportFigures.Summary summary = overview.engagements().stream()
                .filter(s -> s.engagementId() == engagement.id())
                .findFirst()
                .orElseThrow();
        assertThat(summary.reports()).isEqualTo(4).isEqualTo(card.reports());
        assertThat(summary.rejected()).isEqualTo(1).isEqualTo(card.outcomes().get(ReviewStatus.REJECTED));
        assertThat(summary.accepted()).isEqualTo(1).isEqualTo(card.outcomes().get(ReviewStatus.ACCEPTED));
        assertThat(summary.dismissed()).isEqualTo(1).isEqualTo(card.dismissed());
        assertThat(summary.upheld()).isZero().isEqualTo(card.upheld());
        assertThat(summary.flags()).isEqualTo(card.flags()).isGreaterThan(1);
        assertThat(summary.monthsDue()).isEqualTo(card.monthsDue());
        assertThat(summary.onTime()).isEqualTo(card.onTime());
        assertThat(summary.kpiAttainment()).isEqualTo(card.kpiAttainment());
        assertThat(summary.acceptedSpend()).isPositive();
        // what waits is each month's newest version: September's second, not the rejected first
        assertThat(overview.waiting())
                .extracting(ReportFigures.OpenFlags::versionId)
                .containsExactly(septemberAgain.versionId(), november.versionId());
        assertThat(overview.openFlags()).singleElement().satisfies(o -> {
            assertThat(o.versionId()).isEqualTo(november.versionId());
            assertThat(o.open()).isEqualTo((int) stillOpen);
        });
    }

    @Test
    void an_upload_reads_its_file_with_no_transaction_open_so_a_slow_file_holds_no_database_connection()
            throws Exception {
        app.baton.TransactionWatch watched = new app.baton.TransactionWatch(ReportFixtures.month("2026-10", 1, true));
        ReportService.Submitted s = companies.as(
                c.vendor(),
                () -> reports.upload(engagement.id(), YearMonth.of(2026, 10), "oct.csv", watched, null, List.of()));
        assertThat(watched.reads()).isNotEmpty().containsOnly(false);
        // and what was recorded after the file was read is all there, in one piece
        VersionDetail detail = companies.as(c.founder(), () -> reportVersions.version(s.versionId()));
        assertThat(detail.summary().status()).isEqualTo(ReviewStatus.SUBMITTED);
        assertThat(detail.thread()).extracting(MessageView::kind).contains(MessageKind.UPLOADED);
        assertThat(companies.as(c.founder(), () -> reportFiles.rows(s.versionId())))
                .hasSize(s.report().rows().size());
    }

    private ReportService.Submitted upload(Person vendor, YearMonth month, String name, byte[] content)
            throws Exception {
        return companies.as(
                vendor,
                () -> reports.upload(engagement.id(), month, name, new ByteArrayInputStream(content), null, List.of()));
    }

    private void accept(long versionId) throws Exception {
        long version = companies.as(
                c.founder(), () -> reportVersions.version(versionId).version());
        companies.run(c.founder(), () -> reviews.review(versionId, version, ReviewStatus.ACCEPTED, null));
    }
}
