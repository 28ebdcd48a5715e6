package app.baton.reports;

import app.baton.reports.internal.MonthState;
import app.baton.reports.internal.ReportMessageEntity;
import app.baton.reports.internal.ReportMessageRepository;
import app.baton.reports.internal.ReportVersionRepository;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.security.MembershipRole;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the reports stand for the signed-in person, across the engagements they see: what waits for them (the
 * reports' badge and 等我決定), what is late, and each engagement's status for its card. Nothing here changes anything.
 */
@Service
public class ReportStatusQueryService {

    private final EngagementQueryService engagements;
    private final ReportVersionRepository versions;
    private final ReportMessageRepository messages;
    private final CompanyMonths months;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReportStatusQueryService(
            EngagementQueryService engagements,
            ReportVersionRepository versions,
            ReportMessageRepository messages,
            CompanyMonths months,
            CurrentUser currentUser,
            Clock clock) {
        this.engagements = engagements;
        this.versions = versions;
        this.messages = messages;
        this.months = months;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** How many months wait for the signed-in person and how many are late, across the engagements they see. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR','VENDOR')")
    @Transactional(readOnly = true)
    public Attention attention() {
        // terms only: this runs on every navigation (the reports' badge), and needs no names or targets
        List<EngagementQueryService.Term> mine = engagements.terms();
        int waiting = 0;
        int late = 0;
        for (EngagementStatus status : statusesOf(mine).values()) {
            waiting += status.waitingMonths();
            late += status.late();
        }
        return new Attention(waiting, late, mine.size());
    }

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
        List<EngagementView> mine = engagements.engagements();
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<Long, EngagementView> byId = mine.stream().collect(Collectors.toMap(EngagementView::id, e -> e));
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
            EngagementView e = byId.get(v.engagementId());
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

    /** The status of each engagement the signed-in person sees, by id, in one query for all their versions. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR','VENDOR')")
    @Transactional(readOnly = true)
    public Map<Long, EngagementStatus> statuses(List<EngagementView> list) {
        return statusesOf(list.stream()
                .map(e -> new EngagementQueryService.Term(e.id(), e.start(), e.end(), e.dueDay()))
                .toList());
    }

    private Map<Long, EngagementStatus> statusesOf(List<EngagementQueryService.Term> list) {
        MembershipInfo membership = currentUser.requireMembership();
        ReviewStatus waitsForReader = membership.role() == MembershipRole.VENDOR
                ? ReviewStatus.CLARIFICATION_REQUESTED
                : ReviewStatus.SUBMITTED;
        LocalDate today = LocalDate.now(clock.withZone(membership.zoneId()));
        Map<Long, List<MonthState>> byEngagement =
                versions
                        .latestStateOfEachMonth(list.stream()
                                .map(EngagementQueryService.Term::id)
                                .toList())
                        .stream()
                        .collect(Collectors.groupingBy(MonthState::engagementId));
        Map<Long, EngagementStatus> statuses = new java.util.HashMap<>();
        for (EngagementQueryService.Term e : list) {
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
}
