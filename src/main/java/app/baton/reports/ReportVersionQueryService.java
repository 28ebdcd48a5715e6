package app.baton.reports;

import app.baton.reports.checks.Flag;
import app.baton.reports.internal.EngagementEntity;
import app.baton.reports.internal.FlagEntity;
import app.baton.reports.internal.FlagRepository;
import app.baton.reports.internal.KpiTargetEntity;
import app.baton.reports.internal.ReportAttachmentRepository;
import app.baton.reports.internal.ReportMessageEntity;
import app.baton.reports.internal.ReportMessageRepository;
import app.baton.reports.internal.ReportVersionEntity;
import app.baton.reports.internal.ReportVersionRepository;
import app.baton.reports.parsing.ReportRow;
import app.baton.security.AccountDirectory;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.security.MembershipRole;
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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the engagement and version pages read about report versions: the versions and months of an engagement, and
 * one version with its KPIs, attainment, flags, thread and files. Nothing here changes anything; the review itself is
 * {@link ReviewService}.
 */
@Service
public class ReportVersionQueryService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReportVersionQueryService.class);

    private final EngagementQueryService engagements;
    private final ReportFileService reports;
    private final AgencyLayoutService agencyLayouts;
    private final ReportVersionRepository versions;
    private final FlagRepository flags;
    private final ReportMessageRepository messages;
    private final ReportAttachmentRepository attachments;
    private final MembershipService memberships;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReportVersionQueryService(
            EngagementQueryService engagements,
            ReportFileService reports,
            AgencyLayoutService agencyLayouts,
            ReportVersionRepository versions,
            FlagRepository flags,
            ReportMessageRepository messages,
            ReportAttachmentRepository attachments,
            MembershipService memberships,
            AccountDirectory accounts,
            CurrentUser currentUser,
            Clock clock) {
        this.engagements = engagements;
        this.reports = reports;
        this.agencyLayouts = agencyLayouts;
        this.versions = versions;
        this.flags = flags;
        this.messages = messages;
        this.attachments = attachments;
        this.memberships = memberships;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
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
        EngagementView engagement = engagements.engagement(v.engagementId());
        List<ReportVersionEntity> month =
                versions.findByEngagementIdAndReportMonthOrderByVersionNumberDesc(v.engagementId(), v.reportMonth());
        boolean latest = month.get(0).id() == v.id();
        List<FlagEntity> found = flags.findByReportVersionIdOrderByIdAsc(v.id());
        List<ReportMessageEntity> thread = messages.findByReportVersionIdInOrderByCreatedAtAscIdAsc(
                month.stream().map(ReportVersionEntity::id).toList());
        Map<Long, Integer> numbers =
                month.stream().collect(Collectors.toMap(ReportVersionEntity::id, ReportVersionEntity::versionNumber));
        Map<Long, String> names = accounts.displayNames(people(v, found, thread));
        java.util.Set<Long> agencyPeople = memberships.recipients(engagement.agencyId());
        EngagementKpi.Sums sums = ReportHistory.kpiSums(v);
        MembershipInfo membership = currentUser.requireMembership();
        boolean reviewer = membership.role() != MembershipRole.VENDOR;
        List<ReportRow> rows = rowsOrNull(v);
        return new VersionDetail(
                summaries(List.of(v)).get(0),
                engagement,
                latest,
                sums,
                kpis(sums),
                attainment(engagements.targetsOf(v.engagementId()), YearMonth.from(v.reportMonth()), sums),
                found.stream().map(f -> flagView(f, names)).toList(),
                messages(thread, numbers, names, agencyPeople),
                attachments.findByReportVersionIdOrderByIdAsc(v.id()).stream()
                        .map(a -> new AttachmentView(a.id(), a.fileName(), a.mediaType(), a.sizeBytes(), a.sha256()))
                        .toList(),
                rows == null ? List.of() : ChannelKpis.of(rows, v.format()),
                v.note(),
                v.reviewedByUserId() == null ? null : names.get(v.reviewedByUserId()),
                v.reviewedAt(),
                v.reviewReason(),
                reviewer && latest && v.status().reviewable(),
                !reviewer && latest && v.status() != ReviewStatus.ACCEPTED,
                v.version(),
                agencyLayouts.layoutVersionOf(v),
                v.textEncoding() == null ? null : app.baton.shared.tables.TextEncoding.valueOf(v.textEncoding()),
                v.encodingDetected(),
                v.definitions().isBlank() ? List.of() : List.of(v.definitions().split("\n")),
                rows == null);
    }

    /** Everyone the page names: the thread's authors, who closed a flag, the reviewer and the uploader. */
    private static List<Long> people(ReportVersionEntity v, List<FlagEntity> found, List<ReportMessageEntity> thread) {
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
        return people;
    }

    /** Every KPI of the report's sums (none where its figures are missing). */
    private static Map<EngagementKpi, @Nullable BigDecimal> kpis(EngagementKpi.Sums sums) {
        Map<EngagementKpi, @Nullable BigDecimal> kpis = new EnumMap<>(EngagementKpi.class);
        for (EngagementKpi kpi : EngagementKpi.values()) {
            kpis.put(kpi, kpi.of(sums));
        }
        return kpis;
    }

    /** The month's thread, each message with its version's number and whether an agency's person wrote it. */
    private static List<MessageView> messages(
            List<ReportMessageEntity> thread,
            Map<Long, Integer> numbers,
            Map<Long, String> names,
            java.util.Set<Long> agencyPeople) {
        return thread.stream()
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
                .toList();
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

    /** KPI attainment of one month: every term target, and the month's stage targets, as in force that month. */
    static List<Attainment> attainment(List<KpiTargetEntity> targets, YearMonth month, EngagementKpi.Sums sums) {
        List<Attainment> list = new ArrayList<>();
        for (KpiTargetEntity t : targets) {
            if (!t.inForce(month)) {
                // a month is judged against the targets in force then, not today's
                continue;
            }
            YearMonth stage = t.targetMonth() == null ? null : YearMonth.from(t.targetMonth());
            if (stage != null && !stage.equals(month)) {
                continue;
            }
            BigDecimal actual = t.kpi().of(sums);
            list.add(new Attainment(t.kpi(), stage, t.target(), actual, t.kpi().attainment(actual, t.target())));
        }
        return list;
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
