package app.baton.reports;

import app.baton.reports.checks.Flag;
import app.baton.reports.internal.EngagementEntity;
import app.baton.reports.internal.FlagEntity;
import app.baton.reports.internal.FlagRepository;
import app.baton.reports.internal.KpiTargetEntity;
import app.baton.reports.internal.MonthState;
import app.baton.reports.internal.ReportAttachmentRepository;
import app.baton.reports.internal.ReportMessageEntity;
import app.baton.reports.internal.ReportMessageRepository;
import app.baton.reports.internal.ReportVersionEntity;
import app.baton.reports.internal.ReportVersionRepository;
import app.baton.reports.parsing.ReportFormat;
import app.baton.reports.parsing.ReportRow;
import app.baton.security.AccountDirectory;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.security.MembershipRole;
import app.baton.shared.DomainException;
import app.baton.tenancy.MembershipService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading report versions and reviewing them: founders and successors accept, ask for clarification or reject (a
 * reason for the last two), turn flags into questions and resolve or dismiss them with a reason; the agency's people
 * answer in the thread. The other side is told in-app at every step, and every step is audited.
 */
@Service
public class ReviewService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReviewService.class);

    private final EngagementService engagements;
    private final ReportService reports;
    private final ReportVersionRepository versions;
    private final FlagRepository flags;
    private final ReportMessageRepository messages;
    private final ReportAttachmentRepository attachments;
    private final MembershipService memberships;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CompanyMonths months;

    ReviewService(
            EngagementService engagements,
            ReportService reports,
            ReportVersionRepository versions,
            FlagRepository flags,
            ReportMessageRepository messages,
            ReportAttachmentRepository attachments,
            MembershipService memberships,
            AccountDirectory accounts,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            CompanyMonths months) {
        this.months = months;
        this.engagements = engagements;
        this.reports = reports;
        this.versions = versions;
        this.flags = flags;
        this.messages = messages;
        this.attachments = attachments;
        this.memberships = memberships;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A version in a list. */
    public record VersionSummary(
            long id,
            long engagementId,
            YearMonth month,
            int number,
            ReviewStatus status,
            ReportFormat format,
            String fileName,
            long size,
            String sha256,
            int rows,
            Instant uploadedAt,
            String uploadedBy,
            int flagCount,
            int openFlags) {}

    /** A flag with what became of it. */
    public record FlagView(
            long id,
            Flag flag,
            FlagState state,
            @Nullable String resolution,
            @Nullable String resolvedBy,
            @Nullable Instant resolvedAt) {}

    /** One entry of the thread. */
    public record MessageView(
            long id,
            long versionId,
            int versionNumber,
            MessageKind kind,
            @Nullable Long flagId,
            String body,
            String author,
            boolean fromAgency,
            Instant at) {}

    /** A file beside the version. */
    public record AttachmentView(long id, String fileName, String mediaType, long size, String sha256) {}

    /** A KPI against its target: the term's target or the month's stage target. */
    public record Attainment(
            EngagementKpi kpi,
            @Nullable YearMonth stageMonth,
            BigDecimal target,
            @Nullable BigDecimal actual,
            @Nullable BigDecimal attainment) {}

    /** Everything the version page shows. */
    public record VersionDetail(
            VersionSummary summary,
            EngagementService.EngagementView engagement,
            boolean latest,
            EngagementKpi.Sums sums,
            Map<EngagementKpi, @Nullable BigDecimal> kpis,
            List<Attainment> attainment,
            List<FlagView> flags,
            List<MessageView> thread,
            List<AttachmentView> attachments,
            List<ChannelKpis.Row> channels,
            @Nullable String note,
            @Nullable String reviewedBy,
            @Nullable Instant reviewedAt,
            @Nullable String reviewReason,
            boolean mayReview,
            boolean mayAnswer,
            long version,
            @Nullable Integer layoutVersion,
            app.baton.shared.tables.@Nullable TextEncoding encoding,
            boolean encodingDetected,
            List<String> definitions,
            boolean rowsMissing) {}

    /** A month of an engagement's term and where its report stands. */
    public record MonthRow(
            YearMonth month,
            LocalDate due,
            @Nullable Long latestVersionId,
            int versions,
            @Nullable ReviewStatus status,
            boolean late,
            boolean submittedLate,
            int openFlags) {}

    /**
     * What needs the signed-in person in the reports: for founders and successors, months whose latest version
     * waits for review; for an agency's people, months asked to clarify or late. Also how many months are late.
     */
    public record Attention(int waiting, int late, int engagements) {

        public int total() {
            return waiting + late;
        }
    }

    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR','VENDOR')")
    @Transactional(readOnly = true)
    public Attention attention() {
        // terms only: this runs on every navigation (the reports' badge), and needs no names or targets
        List<EngagementService.Term> mine = engagements.terms();
        int waiting = 0;
        int late = 0;
        for (EngagementStatus status : statusesOf(mine).values()) {
            waiting += status.waitingMonths();
            late += status.late();
        }
        return new Attention(waiting, late, mine.size());
    }

    /**
     * A month's latest version that waits for a founder or the successor: to be reviewed, or (when {@code answered})
     * asked to clarify and since answered by the agency in the thread.
     */
    public record WaitingReport(
            long versionId,
            long engagementId,
            String engagement,
            String agency,
            YearMonth month,
            boolean answered,
            int openFlags,
            Instant since) {}

    /**
     * The reports that wait for the signed-in founder or successor, oldest month first: each month whose latest
     * version waits for review, and each month asked to clarify whose thread ends with the agency's answer. Empty
     * for an agency's people (their list is the engagements page).
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR','VENDOR')")
    @Transactional(readOnly = true)
    public List<WaitingReport> waitingForMe() {
        if (currentUser.requireMembership().role() == MembershipRole.VENDOR) {
            return List.of();
        }
        List<EngagementService.EngagementView> mine = engagements.engagements();
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<Long, EngagementService.EngagementView> byId =
                mine.stream().collect(Collectors.toMap(EngagementService.EngagementView::id, e -> e));
        // the company's own people see every engagement of the company: its months as the overview reads them
        List<MonthState> open = months.latest().stream()
                .filter(m -> m.status() == ReviewStatus.SUBMITTED || m.status() == ReviewStatus.CLARIFICATION_REQUESTED)
                .toList();
        if (open.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> openFlags = months.openFlags();
        Map<Long, ReportMessageEntity> answers = answers(open.stream()
                .filter(v -> v.status() == ReviewStatus.CLARIFICATION_REQUESTED)
                .map(MonthState::versionId)
                .toList());
        List<WaitingReport> out = new java.util.ArrayList<>();
        for (MonthState v : open) {
            ReportMessageEntity last = answers.get(v.versionId());
            boolean answered = last != null;
            if (v.status() == ReviewStatus.CLARIFICATION_REQUESTED && !answered) {
                continue;
            }
            EngagementService.EngagementView e = byId.get(v.engagementId());
            if (e == null) {
                continue;
            }
            out.add(new WaitingReport(
                    v.versionId(),
                    e.id(),
                    e.title(),
                    e.agencyName(),
                    YearMonth.from(v.reportMonth()),
                    answered,
                    openFlags.getOrDefault(v.versionId(), 0L).intValue(),
                    answered ? last.createdAt() : v.uploadedAt()));
        }
        out.sort(java.util.Comparator.comparing(WaitingReport::month).thenComparing(WaitingReport::versionId));
        return out;
    }

    /**
     * How many reports {@link #waitingForMe()} lists, without making its rows (the navigation's count, issue 16): the
     * latest states of the months and, only for months asked to clarify, whether the thread ends with an answer.
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR','VENDOR')")
    @Transactional(readOnly = true)
    public int waitingForMeCount() {
        if (currentUser.requireMembership().role() == MembershipRole.VENDOR) {
            return 0;
        }
        // the company's own people see every engagement of the company: no list of ids (decision 017)
        int waiting = 0;
        List<Long> asked = new java.util.ArrayList<>();
        for (MonthState month : months.latest()) {
            if (month.status() == ReviewStatus.SUBMITTED) {
                waiting++;
            } else if (month.status() == ReviewStatus.CLARIFICATION_REQUESTED) {
                asked.add(month.versionId());
            }
        }
        return waiting + answers(asked).size();
    }

    /**
     * Of these versions asked to clarify, those whose thread ends with the agency's answer (they wait for the company
     * again), with that answer: the one rule behind {@link #waitingForMe()} and its count.
     */
    private Map<Long, ReportMessageEntity> answers(List<Long> asked) {
        if (asked.isEmpty()) {
            return Map.of();
        }
        Map<Long, ReportMessageEntity> last = new java.util.HashMap<>();
        messages.findByReportVersionIdInOrderByCreatedAtAscIdAsc(asked).forEach(m -> last.put(m.reportVersionId(), m));
        last.values().removeIf(m -> m.kind() != MessageKind.ANSWER);
        return last;
    }

    /**
     * Where an engagement's reports stand, for its card: the latest month reported and its state, months late, and
     * months whose latest version waits for the reader (review, or for an agency, clarification).
     */
    public record EngagementStatus(
            @Nullable YearMonth latestMonth, @Nullable ReviewStatus latestStatus, int late, int waitingMonths) {

        public boolean waiting() {
            return waitingMonths > 0;
        }
    }

    /** The status of each engagement the signed-in person sees, by id, in one query for all their versions. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR','VENDOR')")
    @Transactional(readOnly = true)
    public Map<Long, EngagementStatus> statuses(List<EngagementService.EngagementView> list) {
        return statusesOf(list.stream()
                .map(e -> new EngagementService.Term(e.id(), e.start(), e.end(), e.dueDay()))
                .toList());
    }

    private Map<Long, EngagementStatus> statusesOf(List<EngagementService.Term> list) {
        MembershipInfo membership = currentUser.requireMembership();
        ReviewStatus waitsForReader = membership.role() == MembershipRole.VENDOR
                ? ReviewStatus.CLARIFICATION_REQUESTED
                : ReviewStatus.SUBMITTED;
        LocalDate today = LocalDate.now(clock.withZone(membership.zoneId()));
        Map<Long, List<MonthState>> byEngagement =
                versions
                        .latestStateOfEachMonth(
                                list.stream().map(EngagementService.Term::id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(MonthState::engagementId));
        Map<Long, EngagementStatus> statuses = new java.util.HashMap<>();
        for (EngagementService.Term e : list) {
            // newest month first: the first is the engagement's newest version
            List<MonthState> months = byEngagement.getOrDefault(e.id(), List.of());
            Map<LocalDate, ReviewStatus> latestOfMonth = new java.util.HashMap<>();
            months.forEach(m -> latestOfMonth.put(m.reportMonth(), m.status()));
            int late = 0;
            int waiting = 0;
            for (YearMonth month : ReportCalendar.months(e.start(), e.end(), today)) {
                ReviewStatus latest = latestOfMonth.get(month.atDay(1));
                if (latest == null) {
                    late += ReportCalendar.late(month, e.dueDay(), null, today, membership.zoneId()) ? 1 : 0;
                } else if (latest == waitsForReader) {
                    waiting++;
                }
            }
            MonthState newest = months.isEmpty() ? null : months.get(0);
            statuses.put(
                    e.id(),
                    new EngagementStatus(
                            newest == null ? null : YearMonth.from(newest.reportMonth()),
                            newest == null ? null : newest.status(),
                            late,
                            waiting));
        }
        return statuses;
    }

    /** Every version of an engagement, newest month and version first. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR','VENDOR')")
    @Transactional(readOnly = true)
    public List<VersionSummary> versions(long engagementId) {
        engagements.visible(engagementId);
        return summaries(versions.findByEngagementIdOrderByReportMonthDescVersionNumberDesc(engagementId));
    }

    /** The months of the engagement's term up to now, newest first, with LATE computed in the company's zone. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR','VENDOR')")
    @Transactional(readOnly = true)
    public List<MonthRow> months(long engagementId) {
        EngagementEntity engagement = engagements.visible(engagementId);
        MembershipInfo membership = currentUser.requireMembership();
        LocalDate today = LocalDate.now(clock.withZone(membership.zoneId()));
        List<ReportVersionEntity> all =
                versions.findByEngagementIdOrderByReportMonthDescVersionNumberDesc(engagementId);
        Map<Long, List<FlagEntity>> flagsByVersion = flagsOf(all);
        Map<LocalDate, List<ReportVersionEntity>> byMonth =
                all.stream().collect(Collectors.groupingBy(ReportVersionEntity::reportMonth));
        List<MonthRow> rows = new ArrayList<>();
        for (YearMonth month : ReportCalendar.months(engagement.startDate(), engagement.endDate(), today)) {
            List<ReportVersionEntity> list = byMonth.getOrDefault(month.atDay(1), List.of());
            ReportVersionEntity latest = list.isEmpty() ? null : list.get(0);
            Instant first = list.isEmpty() ? null : list.get(list.size() - 1).uploadedAt();
            boolean late = ReportCalendar.late(month, engagement.dueDay(), first, today, membership.zoneId());
            rows.add(new MonthRow(
                    month,
                    ReportCalendar.due(month, engagement.dueDay()),
                    latest == null ? null : latest.id(),
                    list.size(),
                    latest == null ? null : latest.status(),
                    late && first == null,
                    late && first != null,
                    latest == null ? 0 : openCount(flagsByVersion.getOrDefault(latest.id(), List.of()))));
        }
        return rows.reversed();
    }

    /** One version with its flags, the month's whole thread, its KPIs and attainment. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR','VENDOR')")
    @Transactional(readOnly = true)
    public VersionDetail version(long versionId) {
        ReportVersionEntity v = reports.visibleVersion(versionId);
        EngagementService.EngagementView engagement = engagements.engagement(v.engagementId());
        List<ReportVersionEntity> month =
                versions.findByEngagementIdAndReportMonthOrderByVersionNumberDesc(v.engagementId(), v.reportMonth());
        boolean latest = month.get(0).id() == v.id();
        List<FlagEntity> found = flags.findByReportVersionIdOrderByIdAsc(v.id());
        List<ReportMessageEntity> thread = messages.findByReportVersionIdInOrderByCreatedAtAscIdAsc(
                month.stream().map(ReportVersionEntity::id).toList());
        Map<Long, Integer> numbers =
                month.stream().collect(Collectors.toMap(ReportVersionEntity::id, ReportVersionEntity::versionNumber));
        List<Long> people = new ArrayList<>();
        thread.forEach(m -> people.add(m.authorUserId()));
        found.forEach(f -> {
            if (f.resolvedByUserId() != null) {
                people.add(f.resolvedByUserId());
            }
        });
        if (v.reviewedByUserId() != null) {
            people.add(v.reviewedByUserId());
        }
        people.add(v.uploadedByUserId());
        Map<Long, String> names = accounts.displayNames(people);
        java.util.Set<Long> agencyPeople = memberships.recipients(engagement.agencyId());
        EngagementKpi.Sums sums = ReportService.kpiSums(v);
        Map<EngagementKpi, @Nullable BigDecimal> kpis = new EnumMap<>(EngagementKpi.class);
        for (EngagementKpi kpi : EngagementKpi.values()) {
            kpis.put(kpi, kpi.of(sums));
        }
        MembershipInfo membership = currentUser.requireMembership();
        boolean reviewer = membership.role() != MembershipRole.VENDOR;
        List<ReportRow> rows = rowsOrNull(v);
        return new VersionDetail(
                summaries(List.of(v)).get(0),
                engagement,
                latest,
                sums,
                kpis,
                attainment(engagements.targetsOf(v.engagementId()), YearMonth.from(v.reportMonth()), sums),
                found.stream().map(f -> flagView(f, names)).toList(),
                thread.stream()
                        .map(m -> new MessageView(
                                m.id(),
                                m.reportVersionId(),
                                numbers.getOrDefault(m.reportVersionId(), 0),
                                m.kind(),
                                m.flagId(),
                                m.body(),
                                names.getOrDefault(m.authorUserId(), ""),
                                agencyPeople.contains(m.authorUserId()),
                                m.createdAt()))
                        .toList(),
                attachments.findByReportVersionIdOrderByIdAsc(v.id()).stream()
                        .map(a -> new AttachmentView(a.id(), a.fileName(), a.mediaType(), a.sizeBytes(), a.sha256()))
                        .toList(),
                rows == null ? List.of() : ChannelKpis.of(rows, v.format()),
                v.note(),
                v.reviewedByUserId() == null ? null : names.get(v.reviewedByUserId()),
                v.reviewedAt(),
                v.reviewReason(),
                reviewer && latest && reviewable(v.status()),
                !reviewer && latest && v.status() != ReviewStatus.ACCEPTED,
                v.version(),
                reports.layoutVersionOf(v),
                v.textEncoding() == null ? null : app.baton.shared.tables.TextEncoding.valueOf(v.textEncoding()),
                v.encodingDetected(),
                v.definitions().isBlank() ? List.of() : List.of(v.definitions().split("\n")),
                rows == null);
    }

    /**
     * A version's rows from the store, or null when the stored file cannot be read (lost from the store, or a restore
     * without it): the page still shows what the database holds — totals, flags, the conversation — and says the
     * breakdown by channel is missing, instead of failing.
     */
    private @Nullable List<ReportRow> rowsOrNull(ReportVersionEntity v) {
        try {
            return reports.storedRows(v);
        } catch (java.io.UncheckedIOException e) {
            log.warn(
                    "The stored rows of report version {} cannot be read: {}",
                    v.id(),
                    e.getCause().toString());
            return null;
        }
    }

    /** KPI attainment of one month: every term target, and the month's stage targets. */
    static List<Attainment> attainment(List<KpiTargetEntity> targets, YearMonth month, EngagementKpi.Sums sums) {
        List<Attainment> list = new ArrayList<>();
        for (KpiTargetEntity t : targets) {
            YearMonth stage = t.targetMonth() == null ? null : YearMonth.from(t.targetMonth());
            if (stage != null && !stage.equals(month)) {
                continue;
            }
            BigDecimal actual = t.kpi().of(sums);
            list.add(new Attainment(t.kpi(), stage, t.target(), actual, t.kpi().attainment(actual, t.target())));
        }
        return list;
    }

    /**
     * Decides on the latest version of a month: ACCEPTED, CLARIFICATION_REQUESTED or REJECTED (a reason is required
     * for the last two). Refusals: {@code report.notLatest}, {@code report.alreadyDecided}, {@code
     * report.reasonRequired}, {@code report.changedConcurrently}.
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public void review(long versionId, ReviewStatus decision, @Nullable String reason, long expectedVersion) {
        ReportVersionEntity v = reports.visibleVersion(versionId);
        if (decision == ReviewStatus.SUBMITTED) {
            throw new IllegalArgumentException("not a decision");
        }
        requireLatest(v);
        if (!reviewable(v.status())) {
            throw new DomainException("report.alreadyDecided");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (decision != ReviewStatus.ACCEPTED && why == null) {
            throw new DomainException("report.reasonRequired");
        }
        if (why != null && why.length() > 2000) {
            throw new DomainException("report.noteTooLong", 2000);
        }
        if (v.version() != expectedVersion) {
            throw new DomainException("report.changedConcurrently");
        }
        ReviewStatus before = v.status();
        long me = currentUser.require().userId();
        v.review(decision, me, clock.instant(), why);
        try {
            versions.saveAndFlush(v);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new DomainException("report.changedConcurrently");
        }
        messages.save(new ReportMessageEntity(
                v.id(), null, MessageKind.valueOf(decision.name()), why == null ? "" : why, me, clock.instant()));
        publish(v, "REPORT_" + decision.name(), before + " → " + decision, why);
    }

    /** Asks the agency a question, about a flag of the version ({@code flagId}) or in general. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public void ask(long versionId, @Nullable Long flagId, String question) {
        ReportVersionEntity v = reports.visibleVersion(versionId);
        String text = text(question);
        if (flagId != null) {
            FlagEntity flag = flagOf(v, flagId);
            if (flag.state().closed()) {
                throw new DomainException("report.flagClosed");
            }
            flag.question();
        }
        messages.save(new ReportMessageEntity(
                v.id(),
                flagId,
                MessageKind.QUESTION,
                text,
                currentUser.require().userId(),
                clock.instant()));
        publish(v, "REPORT_QUESTION", flagId == null ? "question" : "question on flag #" + flagId, text);
    }

    /** The agency answers in the thread of the month's latest version (about a flag, or in general). */
    @PreAuthorize("hasRole('VENDOR')")
    @Transactional
    public void answer(long versionId, @Nullable Long flagId, String answer) {
        ReportVersionEntity v = reports.visibleVersion(versionId);
        String text = text(answer);
        if (flagId != null) {
            flagOf(v, flagId);
        }
        messages.save(new ReportMessageEntity(
                v.id(), flagId, MessageKind.ANSWER, text, currentUser.require().userId(), clock.instant()));
        publish(v, "REPORT_ANSWER", flagId == null ? "answer" : "answer on flag #" + flagId, text);
    }

    /** Resolves or dismisses a flag with a reason. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public void closeFlag(long versionId, long flagId, FlagState outcome, String reason) {
        if (!outcome.closed()) {
            throw new IllegalArgumentException("not a closing state");
        }
        ReportVersionEntity v = reports.visibleVersion(versionId);
        FlagEntity flag = flagOf(v, flagId);
        if (flag.state().closed()) {
            throw new DomainException("report.flagClosed");
        }
        String text = text(reason);
        long me = currentUser.require().userId();
        flag.close(outcome, text, me, clock.instant());
        messages.save(new ReportMessageEntity(
                v.id(),
                flagId,
                outcome == FlagState.RESOLVED ? MessageKind.FLAG_RESOLVED : MessageKind.FLAG_DISMISSED,
                text,
                me,
                clock.instant()));
        publish(v, "REPORT_FLAG_" + outcome.name(), flag.code() + " #" + flagId + " → " + outcome, text);
    }

    private FlagEntity flagOf(ReportVersionEntity v, long flagId) {
        FlagEntity flag = flags.findById(flagId).orElseThrow(() -> new DomainException("report.notFound"));
        if (flag.reportVersionId() != v.id()) {
            throw new DomainException("report.notFound");
        }
        return flag;
    }

    private void requireLatest(ReportVersionEntity v) {
        List<ReportVersionEntity> month =
                versions.findByEngagementIdAndReportMonthOrderByVersionNumberDesc(v.engagementId(), v.reportMonth());
        if (month.get(0).id() != v.id()) {
            throw new DomainException("report.notLatest");
        }
    }

    private static boolean reviewable(ReviewStatus status) {
        return status == ReviewStatus.SUBMITTED || status == ReviewStatus.CLARIFICATION_REQUESTED;
    }

    private static String text(String text) {
        String clean = text.strip();
        if (clean.isEmpty()) {
            throw new DomainException("report.textRequired");
        }
        if (clean.length() > 4000) {
            throw new DomainException("report.noteTooLong", 4000);
        }
        return clean;
    }

    private void publish(ReportVersionEntity v, String action, String summary, @Nullable String reason) {
        MembershipInfo membership = currentUser.requireMembership();
        EngagementEntity engagement = engagements.visible(v.engagementId());
        boolean vendor = membership.role() == MembershipRole.VENDOR;
        events.publishEvent(new ReportEvents.ReportChanged(
                membership.tenantId(),
                currentUser.require().userId(),
                membership.role().name(),
                action,
                v.engagementId(),
                v.id(),
                YearMonth.from(v.reportMonth()).toString(),
                engagement.title(),
                memberships.recipients(vendor ? null : engagement.vendorOrganisationId()),
                YearMonth.from(v.reportMonth()) + " v" + v.versionNumber() + ": " + summary,
                reason));
    }

    List<VersionSummary> summaries(List<ReportVersionEntity> list) {
        Map<Long, List<FlagEntity>> byVersion = flagsOf(list);
        Map<Long, String> names = accounts.displayNames(list.stream()
                .map(ReportVersionEntity::uploadedByUserId)
                .distinct()
                .toList());
        return list.stream()
                .map(v -> {
                    List<FlagEntity> found = byVersion.getOrDefault(v.id(), List.of());
                    return new VersionSummary(
                            v.id(),
                            v.engagementId(),
                            YearMonth.from(v.reportMonth()),
                            v.versionNumber(),
                            v.status(),
                            v.format(),
                            v.fileName(),
                            v.sizeBytes(),
                            v.sha256(),
                            v.rowCount(),
                            v.uploadedAt(),
                            names.getOrDefault(v.uploadedByUserId(), ""),
                            found.size(),
                            openCount(found));
                })
                .toList();
    }

    Map<Long, List<FlagEntity>> flagsOf(Collection<ReportVersionEntity> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        return flags
                .findByReportVersionIdIn(
                        list.stream().map(ReportVersionEntity::id).toList())
                .stream()
                .collect(Collectors.groupingBy(FlagEntity::reportVersionId));
    }

    static int openCount(List<FlagEntity> list) {
        return (int) list.stream()
                .filter(f -> !f.state().closed() && f.severity() != app.baton.reports.checks.Severity.INFO)
                .count();
    }

    static FlagView flagView(FlagEntity f, Map<Long, String> names) {
        return new FlagView(
                f.id(),
                new Flag(
                        f.code(),
                        f.severity(),
                        FlagText.decodeRows(f.rowNumbers()),
                        FlagText.decodeArguments(f.arguments())),
                f.state(),
                f.resolution(),
                f.resolvedByUserId() == null ? null : names.get(f.resolvedByUserId()),
                f.resolvedAt());
    }
}
