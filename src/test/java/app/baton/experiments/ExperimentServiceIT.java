package app.baton.experiments;

import static app.baton.experiments.ExperimentFixtures.START;
import static app.baton.experiments.ExperimentFixtures.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.DatabaseTestBase;
import app.baton.DateSensitive;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.TestFixtures.Person;
import app.baton.approvals.MultiFounderPolicy;
import app.baton.audit.AuditService;
import app.baton.audit.AuditService.AuditFilter;
import app.baton.budgets.BudgetFixtures.ActivePlan;
import app.baton.budgets.BudgetFixtures.Budgets;
import app.baton.budgets.BudgetRequestQueryService;
import app.baton.budgets.BudgetRequestService;
import app.baton.budgets.BudgetReservationService;
import app.baton.budgets.CellChange;
import app.baton.budgets.Guardrails;
import app.baton.budgets.RequestDetail;
import app.baton.budgets.RequestId;
import app.baton.budgets.RequestKind;
import app.baton.budgets.RequestStatus;
import app.baton.budgets.Tier;
import app.baton.notifications.NotificationService;
import app.baton.shared.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Experiments on the real database: reservation and release, locked metrics, notifications, audit, isolation. */
@DateSensitive
class ExperimentServiceIT extends DatabaseTestBase {

    @Autowired
    Companies companies;

    @Autowired
    Budgets budgets;

    @Autowired
    ExperimentService experiments;

    @Autowired
    ExperimentQueryService queries;

    @Autowired
    TrackRecordService trackRecords;

    @Autowired
    BudgetReservationService reservations;

    @Autowired
    BudgetRequestService requests;

    @Autowired
    BudgetRequestQueryService requestQueries;

    @Autowired
    NotificationService notifications;

    @Autowired
    AuditService audit;

    @Autowired
    ExperimentScheduler scheduler;

    @Autowired
    ExperimentAttachmentService attachments;

    @Autowired
    app.baton.reports.EngagementService engagements;

    @Autowired
    app.baton.budgets.ChannelService channels;

    Company c;
    ActivePlan plan;

    @BeforeEach
    void activePlan() throws Exception {
        c = companies.create("experiments");
        plan = budgets.activePlan(c.founder());
    }

    @Test
    void the_successor_proposes_and_the_founders_approval_reserves_the_budget() throws Exception {
        ExperimentDetail submitted = submitted(30_000);
        assertThat(submitted.row().status()).isEqualTo(ExperimentStatus.SUBMITTED);
        assertThat(kinds(c.founder())).containsExactly("EXPERIMENT_SUBMITTED");

        ExperimentDetail approved = approve(c.founder(), submitted, null);

        assertThat(approved.row().status()).isEqualTo(ExperimentStatus.APPROVED);
        assertThat(approved.held()).isEqualByComparingTo("30000");
        assertThat(free()).isEqualByComparingTo("90000");
        assertThat(kinds(c.successor())).containsExactly("EXPERIMENT_APPROVED");
        assertThat(actions())
                .contains("EXPERIMENT_CREATED", "EXPERIMENT_SUBMITTED", "EXPERIMENT_APPROVED", "BUDGET_RESERVED");
        assertThat(approved.history())
                .extracting(HistoryLine::action)
                .containsSubsequence("CREATED", "SUBMITTED", "APPROVED_BY", "APPROVED");
    }

    @Test
    void approval_never_reserves_more_than_the_experiment_tier_has() throws Exception {
        ExperimentDetail tooBig = submitted(130_000);
        assertRefused(() -> approve(c.founder(), tooBig, null), "experiment.notEnoughInTier");
        assertThat(companies
                        .as(c.founder(), () -> queries.detail(tooBig.row().id()))
                        .row()
                        .status())
                .isEqualTo(ExperimentStatus.SUBMITTED);
        assertThat(free()).isEqualByComparingTo("120000");
    }

    @Test
    void above_the_per_experiment_maximum_only_with_a_written_override() throws Exception {
        budgets.guardrails(
                c.founder(),
                new Guardrails(
                        new BigDecimal("15"),
                        new BigDecimal("50000"),
                        new BigDecimal("5"),
                        BigDecimal.ZERO,
                        MultiFounderPolicy.ANY_FOUNDER,
                        BigDecimal.ZERO,
                        false));
        ExperimentDetail big = submitted(60_000);
        assertThat(big.violations()).isNotEmpty();
        assertRefused(() -> approve(c.founder(), big, null), "approvals.overrideReasonRequired");
        ExperimentDetail approved = approve(c.founder(), big, "The LINE pilot earned it");
        assertThat(approved.row().status()).isEqualTo(ExperimentStatus.APPROVED);
        assertThat(actions()).contains("EXPERIMENT_OVERRIDDEN");
    }

    @Test
    void nobody_approves_their_own_and_vendors_and_successors_cannot_decide() throws Exception {
        Person second = companies.addPerson(c, "co-founder", app.baton.security.MembershipRole.FOUNDER);
        ExperimentDetail own = companies.as(c.founder(), () -> {
            ExperimentDetail d = experiments.create(proposal(plan, 10_000));
            return experiments.submit(d.row().id(), d.version());
        });
        assertRefused(() -> approve(c.founder(), own, null), "approvals.noSelfApproval");
        assertThat(approve(second, own, null).row().status()).isEqualTo(ExperimentStatus.APPROVED);
        ExperimentDetail other = submitted(10_000);
        assertThatThrownBy(() -> approve(c.successor(), other, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> companies.as(c.vendor(), () -> queries.experiments()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_metrics_are_locked_once_submitted_and_results_are_judged_against_them() throws Exception {
        ExperimentDetail approved = approve(c.founder(), submitted(30_000), null);
        Proposal changed = new Proposal(
                "x",
                "y",
                plan.channel("LINE"),
                ExperimentMethod.AB_TEST,
                BigDecimal.TEN,
                START,
                START.plusDays(3),
                List.of(MetricTest.cr("0.02", "0.021")),
                null,
                null);
        assertRefused(
                () -> companies.as(
                        c.successor(), () -> experiments.update(approved.row().id(), approved.version(), changed)),
                "experiment.notEditable");
        ExperimentDetail running = companies.as(
                c.successor(), () -> experiments.start(approved.row().id(), approved.version()));
        ExperimentDetail results = companies.as(
                c.successor(),
                () -> experiments.submitResults(
                        running.row().id(),
                        running.version(),
                        new Results(
                                List.of(
                                        new ResultInput(new BigDecimal("0.034"), null, null),
                                        new ResultInput(null, new BigDecimal("30000"), new BigDecimal("25"))),
                                new BigDecimal("30000"),
                                "好友名單轉換率高",
                                null)));
        assertThat(results.metrics())
                .extracting(Metric::target)
                .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .containsExactly(new BigDecimal("0.03"), new BigDecimal("1200"));
        assertThat(results.metrics().get(1).actual()).isEqualByComparingTo("1200");
        assertThat(results.metrics())
                .extracting(Metric::outcome)
                .containsExactly(Metric.Outcome.MET, Metric.Outcome.MET);
        assertThat(results.suggestion()).isEqualTo(Conclusion.SCALE_UP);
        assertThat(kinds(c.founder())).contains("EXPERIMENT_RESULTS_SUBMITTED");
        // the results wait for the founder to conclude, also when that founder approved the proposal
        assertThat(companies.as(c.founder(), () -> queries.waitingForMe()))
                .extracting(r -> r.id())
                .containsExactly(results.row().id());
        assertThat(companies.as(c.founder(), () -> queries.waitingForMeCount())).isEqualTo(1);
    }

    @Test
    void stop_releases_what_was_not_spent_back_to_the_tier() throws Exception {
        ExperimentDetail done = withResults(30_000, "18000", "0.01");
        companies.run(
                c.founder(),
                () -> experiments.conclude(
                        done.row().id(),
                        done.version(),
                        new ConcludeCommand(Conclusion.STOP, null, null, null, null, "Did not beat the baseline")));
        ExperimentDetail stopped =
                companies.as(c.founder(), () -> queries.detail(done.row().id()));
        assertThat(stopped.row().status()).isEqualTo(ExperimentStatus.CONCLUDED);
        assertThat(stopped.held()).isEqualByComparingTo("18000");
        assertThat(free()).isEqualByComparingTo("102000");
        assertThat(actions()).contains("BUDGET_RELEASED", "EXPERIMENT_CONCLUDED_STOP");
        assertThat(kinds(c.successor())).contains("EXPERIMENT_CONCLUDED_STOP");
    }

    @Test
    void scale_up_opens_a_budget_request_in_the_proposers_name_with_the_evidence() throws Exception {
        ExperimentDetail done = withResults(30_000, "30000", "0.04");
        RequestId requestId = companies.as(
                c.founder(),
                () -> experiments.conclude(
                        done.row().id(),
                        done.version(),
                        new ConcludeCommand(
                                Conclusion.SCALE_UP,
                                Tier.EXPERIMENT,
                                new BigDecimal("12000"),
                                null,
                                null,
                                "Scale it")));
        assertThat(requestId).isNotNull();
        RequestDetail request = companies.as(c.founder(), () -> requestQueries.detail(requestId.value()));
        assertThat(request.row().kind()).isEqualTo(RequestKind.INCREASE);
        assertThat(request.row().status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(request.row().requesterUserId()).isEqualTo(c.successor().userId());
        assertThat(request.row().amount()).isEqualByComparingTo("12000");
        assertThat(request.evidenceLinks())
                .endsWith("/experiments/" + done.row().id())
                .doesNotContain("//experiments");
        // in the deciding founder's language (zh-TW here), with the founder's comment carried over
        assertThat(request.reason())
                .isEqualTo("擴大投入：成長實驗 #" + done.row().id() + "「" + done.row().title() + "」。創一代的意見：Scale it");
        assertThat(request.mayDecide()).isTrue();
        TrackRecord record = companies.as(
                c.founder(), () -> trackRecords.trackRecord(c.successor().userId()));
        assertThat(record.concluded()).isEqualTo(1);
        assertThat(record.metTargets()).isEqualTo(1);
        assertThat(record.totalScaledUp()).isEqualByComparingTo("12000");
        assertThat(record.totalSpent()).isEqualByComparingTo("30000");
    }

    @Test
    void the_founder_chooses_the_month_a_scale_up_starts_in() throws Exception {
        ExperimentDetail done = withResults(30_000, "30000", "0.04");
        java.util.List<java.time.YearMonth> offered = companies.as(
                c.founder(), () -> queries.monthsForMoney(done.row().id()));
        assertThat(offered).isNotEmpty();
        java.time.YearMonth chosen = offered.get(offered.size() - 3);
        // a month outside what is offered is refused in words, and nothing is opened
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> companies.as(
                        c.founder(),
                        () -> experiments.conclude(
                                done.row().id(),
                                done.version(),
                                new ConcludeCommand(
                                        Conclusion.SCALE_UP,
                                        Tier.EXPERIMENT,
                                        new BigDecimal("12000"),
                                        null,
                                        offered.getLast().plusMonths(1),
                                        null))))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("experiment.conclude.monthOutsidePlan");
        RequestId requestId = companies.as(
                c.founder(),
                () -> experiments.conclude(
                        done.row().id(),
                        done.version(),
                        new ConcludeCommand(
                                Conclusion.SCALE_UP, Tier.EXPERIMENT, new BigDecimal("12000"), null, chosen, null)));
        RequestDetail request = companies.as(c.founder(), () -> requestQueries.detail(requestId.value()));
        assertThat(request.preview().changes())
                .extracting(CellChange::month)
                .containsExactlyElementsOf(offered.subList(offered.size() - 3, offered.size()));
        assertThat(request.preview().changes().stream().map(CellChange::delta).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("12000");
    }

    @Test
    void a_strong_track_record_suggests_a_higher_delegated_limit_and_the_suggestion_is_audited() throws Exception {
        for (int i = 0; i < 3; i++) {
            ExperimentDetail done = withResults(20_000 + i * 1_000, "15000", "0.04");
            companies.run(
                    c.founder(),
                    () -> experiments.conclude(
                            done.row().id(),
                            done.version(),
                            new ConcludeCommand(Conclusion.STOP, null, null, null, null, null)));
        }
        TrackRecord record = companies.as(
                c.founder(), () -> trackRecords.trackRecord(c.successor().userId()));
        assertThat(record.concluded()).isEqualTo(3);
        assertThat(record.metShare()).isEqualByComparingTo("100");
        assertThat(record.suggestedLimit()).isEqualByComparingTo("22000");
        assertThat(actions()).contains("DELEGATED_LIMIT_SUGGESTED");
    }

    @Test
    void results_take_attachments_checked_by_content_and_another_company_cannot_open_them() throws Exception {
        ExperimentDetail approved = approve(c.founder(), submitted(30_000), null);
        companies.run(c.successor(), () -> experiments.start(approved.row().id(), approved.version()));
        byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes();
        var added = companies.as(
                c.successor(),
                () -> attachments.attach(approved.row().id(), "成果報告.pdf", new java.io.ByteArrayInputStream(pdf)));
        assertThat(added.mediaType()).isEqualTo("application/pdf");
        assertThat(added.size()).isEqualTo(pdf.length);
        assertRefused(
                () -> companies.as(
                        c.successor(),
                        () -> attachments.attach(
                                approved.row().id(), "chart.png", new java.io.ByteArrayInputStream(pdf))),
                "file.typeMismatch");
        assertThat(companies.as(
                        c.founder(),
                        () -> attachments.attachments(approved.row().id())))
                .hasSize(1);
        try (var download =
                companies.as(c.founder(), () -> attachments.open(added.id())).content()) {
            assertThat(download.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(actions()).contains("EXPERIMENT_ATTACHMENT_ADDED");
        Company other = companies.create("attachments-other");
        assertRefused(
                () -> companies.as(other.founder(), () -> attachments.open(added.id())),
                "experiment.attachments.notFound");
        assertRefused(
                () -> companies.as(
                        other.founder(),
                        () -> attachments.attach(approved.row().id(), "x.pdf", new java.io.ByteArrayInputStream(pdf))),
                "experiment.notFound");
    }

    @Test
    void bad_proposals_get_a_clear_message_and_save_nothing() throws Exception {
        Proposal good = proposal(plan, 10_000);
        // the text limits are the record's constraints, checked on the text as it will be stored
        assertRefused(() -> create(titled(good, "x".repeat(201), good.hypothesis())), "experiment.titleRequired");
        assertRefused(() -> create(titled(good, "   ", good.hypothesis())), "experiment.titleRequired");
        assertRefused(() -> create(titled(good, good.title(), "y".repeat(2001))), "experiment.hypothesisRequired");
        assertThat(create(titled(good, "  " + "x".repeat(200) + "  ", good.hypothesis()))
                        .row()
                        .title())
                .hasSize(200);
        assertRefused(
                () -> create(with(good, good.endDate(), good.startDate(), good.metrics())),
                "experiment.endBeforeStart");
        assertRefused(
                () -> create(with(good, LocalDate.of(2020, 1, 1), good.endDate(), good.metrics())),
                "experiment.startInPast");
        assertRefused(
                () -> create(with(good, good.startDate(), good.endDate(), List.of())), "experiment.metrics.required");
        assertRefused(
                () -> create(with(good, good.startDate(), good.endDate(), List.of(MetricTest.cr("0.02", "0.02")))),
                "experiment.metrics.targetEqualsBaseline");
        assertRefused(
                () -> create(with(
                        good,
                        good.startDate(),
                        good.endDate(),
                        List.of(MetricTest.cr("0.02", "0.03"), MetricTest.cr("0.01", "0.05")))),
                "experiment.metrics.duplicate");
        ExperimentDetail submitted = submitted(10_000);
        assertRefused(
                () -> companies.as(
                        c.successor(),
                        () -> experiments.submitResults(
                                submitted.row().id(),
                                submitted.version(),
                                new Results(
                                        List.of(new ResultInput(null, null, null), new ResultInput(null, null, null)),
                                        BigDecimal.ONE,
                                        "x",
                                        null))),
                "experiment.notRunning");
        // the refused proposals saved nothing: the 200-character title and the submitted one are all there is
        assertThat(companies.as(c.founder(), () -> queries.experiments())).hasSize(2);
    }

    @Test
    void an_approved_experiment_starts_on_its_start_date_and_reminders_come_once() throws Exception {
        ExperimentDetail approved = approve(c.founder(), submitted(30_000), null);
        ZoneId taipei = ZoneId.of("Asia/Taipei");
        scheduler.runAt(START.minusDays(1).atTime(9, 0).atZone(taipei).toInstant());
        scheduler.runAt(START.minusDays(1).atTime(10, 0).atZone(taipei).toInstant());
        assertThat(kinds(c.successor())).containsOnlyOnce("EXPERIMENT_STARTS_TOMORROW");
        scheduler.runAt(START.atTime(0, 30).atZone(taipei).toInstant());
        ExperimentDetail running =
                companies.as(c.founder(), () -> queries.detail(approved.row().id()));
        assertThat(running.row().status()).isEqualTo(ExperimentStatus.RUNNING);
        assertThat(kinds(c.successor())).contains("EXPERIMENT_STARTED");
        scheduler.runAt(ExperimentFixtures.END.plusDays(2).atStartOfDay(taipei).toInstant());
        scheduler.runAt(ExperimentFixtures.END.plusDays(3).atStartOfDay(taipei).toInstant());
        assertThat(kinds(c.successor())).containsOnlyOnce("EXPERIMENT_ENDED");
    }

    @Test
    void another_companys_experiments_are_invisible() throws Exception {
        ExperimentDetail mine = submitted(10_000);
        Company other = companies.create("experiments-other");
        budgets.activePlan(other.founder());
        companies.run(other.founder(), () -> {
            assertThat(queries.experiments()).isEmpty();
            assertRefused(() -> queries.detail(mine.row().id()), "experiment.notFound");
            assertRefused(() -> experiments.approve(mine.row().id(), mine.version(), null), "experiment.notFound");
        });
        assertThat(companies
                        .as(c.founder(), () -> queries.detail(mine.row().id()))
                        .row()
                        .status())
                .isEqualTo(ExperimentStatus.SUBMITTED);
    }

    private ExperimentDetail withResults(long budget, String spend, String cr) throws Exception {
        ExperimentDetail approved = approve(c.founder(), submitted(budget), null);
        ExperimentDetail running = companies.as(
                c.successor(), () -> experiments.start(approved.row().id(), approved.version()));
        return companies.as(
                c.successor(),
                () -> experiments.submitResults(
                        running.row().id(),
                        running.version(),
                        new Results(
                                List.of(
                                        new ResultInput(new BigDecimal(cr), null, null),
                                        new ResultInput(new BigDecimal("1100"), null, null)),
                                new BigDecimal(spend),
                                "learnt",
                                null)));
    }

    private ExperimentDetail submitted(long budget) throws Exception {
        return companies.as(c.successor(), () -> {
            ExperimentDetail draft = experiments.create(proposal(plan, budget));
            return experiments.submit(draft.row().id(), draft.version());
        });
    }

    @Test
    void an_experiment_may_name_the_company_s_agency_engagement_but_not_another_company_s() throws Exception {
        long mine = app.baton.reports.ReportFixtures.engagement(companies, c, engagements, channels)
                .id();
        Proposal base = ExperimentFixtures.proposal(plan, 20_000);
        Proposal withAgency = withEngagement(base, mine);
        ExperimentDetail created = create(withAgency);
        assertThat(created.engagementId()).isEqualTo(mine);
        assertThat(created.engagementName()).contains("Search and social");

        var other = companies.create("experiments-other");
        long theirs = app.baton.reports.ReportFixtures.engagement(companies, other, engagements, channels)
                .id();
        Proposal foreign = withEngagement(base, theirs);
        assertRefused(() -> create(foreign), "engagement.notFound");
    }

    private static Proposal withEngagement(Proposal p, long engagementId) {
        return new Proposal(
                p.title(),
                p.hypothesis(),
                p.channelId(),
                p.method(),
                p.requestedBudget(),
                p.startDate(),
                p.endDate(),
                p.metrics(),
                engagementId,
                null);
    }

    private ExperimentDetail create(Proposal proposal) throws Exception {
        return companies.as(c.successor(), () -> experiments.create(proposal));
    }

    private static Proposal with(Proposal p, LocalDate start, LocalDate end, List<Metric> metrics) {
        return new Proposal(
                p.title(),
                p.hypothesis(),
                p.channelId(),
                p.method(),
                p.requestedBudget(),
                start,
                end,
                metrics,
                null,
                null);
    }

    private ExperimentDetail approve(Person founder, ExperimentDetail experiment, String override) throws Exception {
        return companies.as(founder, () -> {
            ExperimentDetail fresh = queries.detail(experiment.row().id());
            return experiments.approve(fresh.row().id(), fresh.version(), override);
        });
    }

    private BigDecimal free() throws Exception {
        return companies.as(
                c.founder(),
                () -> reservations.availability(START).orElseThrow().free());
    }

    private List<String> kinds(Person person) throws Exception {
        return companies.as(person, () -> notifications.mine(50)).stream()
                .map(NotificationService.NotificationView::kind)
                .toList();
    }

    private List<String> actions() throws Exception {
        return companies.as(c.founder(), () -> audit.search(AuditFilter.none(), 0, 100)).stream()
                .map(AuditService.AuditEntry::action)
                .toList();
    }

    private static Proposal titled(Proposal p, String title, String hypothesis) {
        return new Proposal(
                title,
                hypothesis,
                p.channelId(),
                p.method(),
                p.requestedBudget(),
                p.startDate(),
                p.endDate(),
                p.metrics(),
                p.engagementId(),
                null);
    }

    private static void assertRefused(ThrowingCallable action, String key) {
        assertThatThrownBy(action)
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(key);
    }
}
