package app.baton.insights;

import app.baton.budgets.BudgetRequestQueryService;
import app.baton.budgets.RequestRow;
import app.baton.experiments.ExperimentFigure;
import app.baton.experiments.ExperimentStatus;
import app.baton.insights.internal.MeetingDecisionEntity;
import app.baton.insights.internal.ReviewMeetingEntity;
import app.baton.insights.internal.ReviewMeetingRepository;
import app.baton.reports.ReportFigures;
import app.baton.security.AccountDirectory;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.shared.DomainException;
import app.baton.shared.TextLimits;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly budget review meeting (每月預算審查): gathers one month's budget vs actual, KPI attainment, experiments
 * awaiting a decision, reports with open flags, pending budget requests and the suggestions; records the decisions
 * taken and closes the meeting with its attendees. Founders and the successor attend and record; founders close.
 */
@Service
public class MeetingService {

    /** What a decision is about: a budget change request, an experiment decision, or a note. */
    public enum DecisionKind {
        BUDGET_CHANGE,
        EXPERIMENT,
        NOTE
    }

    /** Someone at the meeting: a member of the company (with a user id) or a guest (name only). */
    public record Attendee(@Nullable Long userId, String name) {}

    /** A recorded decision. */
    public record Decision(DecisionKind kind, @Nullable Long subjectId, String text, String recordedBy, Instant at) {}

    /** The meeting's own record: open or closed, its decisions and attendees. */
    public record Record(
            boolean closed,
            List<Decision> decisions,
            List<Attendee> attendees,
            @Nullable String summary,
            @Nullable String closedBy,
            @Nullable Instant closedAt) {}

    /** One channel's KPIs in the month against the company's targets. */
    public record Attainment(long channelId, Map<TrendKpi, @Nullable BigDecimal> values) {}

    /** Everything the meeting page and the pack show. */
    public record Meeting(
            YearMonth month,
            int monthIndex,
            DashboardService.Dashboard dashboard,
            List<Attainment> attainment,
            Map<TrendKpi, @Nullable BigDecimal> overall,
            List<ExperimentFigure> experimentsToDecide,
            List<ReportFigures.OpenFlags> openFlags,
            List<RequestRow> pendingRequests,
            List<Suggestions.Suggestion> suggestions,
            Record record,
            List<Incomplete> incomplete,
            Map<TrendKpi, BigDecimal> targets,
            Map<Long, Map<TrendKpi, BigDecimal>> channelTargets) {

        /** A channel's targets in the month: the company's, with the channel's own where the goals give them. */
        public Map<TrendKpi, BigDecimal> targetsOf(long channelId) {
            return Suggestions.targetsOf(targets, channelTargets, channelId);
        }
    }

    /** An engagement whose report for the month is not accepted yet ({@code late}: none came); its channels. */
    public record Incomplete(long engagementId, String engagement, boolean late, java.util.Set<Long> channelIds) {}

    private final DashboardService dashboards;
    private final ImpactWindows windows;
    private final BudgetRequestQueryService requests;
    private final ReviewMeetingRepository meetings;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingService(
            DashboardService dashboards,
            ImpactWindows windows,
            BudgetRequestQueryService requests,
            ReviewMeetingRepository meetings,
            AccountDirectory accounts,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.dashboards = dashboards;
        this.windows = windows;
        this.requests = requests;
        this.meetings = meetings;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The month the meeting usually reviews: the one that just ended, in the company's time zone. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    public YearMonth defaultMonth() {
        return YearMonth.now(clock.withZone(currentUser.requireMembership().zoneId()))
                .minusMonths(1);
    }

    /** Months that already have a meeting, newest first, with whether each is closed. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public Map<YearMonth, Boolean> history() {
        Map<YearMonth, Boolean> result = new java.util.LinkedHashMap<>();
        meetings.findAllByOrderByMonthDesc().forEach(m -> result.put(YearMonth.from(m.month()), m.closed()));
        return result;
    }

    /** The meeting page of a month; empty when no plan covers the month. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public Optional<Meeting> meeting(YearMonth month) {
        Optional<Integer> year = dashboards.yearOf(month);
        if (year.isEmpty()) {
            return Optional.empty();
        }
        DashboardService.Dashboard d = dashboards.dashboard(year.get()).orElseThrow();
        int index = d.indexOf(month);
        List<Attainment> attainment = new ArrayList<>();
        Map<Long, Map<TrendKpi, BigDecimal>> values = new HashMap<>();
        for (DashboardService.Trend trend : d.byChannel()) {
            Map<TrendKpi, @Nullable BigDecimal> own = new EnumMap<>(TrendKpi.class);
            Map<TrendKpi, BigDecimal> known = new EnumMap<>(TrendKpi.class);
            for (TrendKpi kpi : TrendKpi.values()) {
                BigDecimal v = trend.value(kpi, index);
                own.put(kpi, v);
                if (v != null) {
                    known.put(kpi, v);
                }
            }
            long channelId = java.util.Objects.requireNonNull(trend.channelId());
            attainment.add(new Attainment(channelId, own));
            values.put(channelId, known);
        }
        Map<TrendKpi, @Nullable BigDecimal> overall = new EnumMap<>(TrendKpi.class);
        for (TrendKpi kpi : TrendKpi.values()) {
            overall.put(kpi, d.overall().value(kpi, index));
        }
        boolean closedMonth = index < d.closedMonths();
        List<Incomplete> incomplete = incomplete(d, month);
        java.util.Set<Long> incompleteChannels = new java.util.HashSet<>();
        incomplete.forEach(i -> incompleteChannels.addAll(i.channelIds()));
        Map<Long, Map<TrendKpi, BigDecimal>> channelTargets = d.channelTargets().get(index);
        List<Suggestions.Suggestion> suggestions = Suggestions.of(
                d.table(),
                index,
                closedMonth,
                values,
                d.targets(index),
                channelTargets,
                incompleteChannels,
                windows.inWindow(d, index));
        List<ExperimentFigure> toDecide = d.experiments().stream()
                .filter(e ->
                        e.status() == ExperimentStatus.SUBMITTED || e.status() == ExperimentStatus.RESULTS_SUBMITTED)
                .toList();
        return Optional.of(new Meeting(
                month,
                index,
                d,
                attainment,
                overall,
                toDecide,
                d.reports().openFlags(),
                requests.open(),
                suggestions,
                record(month),
                incomplete,
                d.targets(index),
                channelTargets));
    }

    /**
     * The engagements whose report for the month is not in yet: waiting for review or asked to clarify (not
     * accepted), or late with none; their channels' figures are incomplete.
     */
    static List<Incomplete> incomplete(DashboardService.Dashboard d, YearMonth month) {
        Map<Long, Incomplete> out = new java.util.LinkedHashMap<>();
        java.util.stream.Stream.concat(d.reports().waiting().stream(), d.reports().openFlags().stream())
                .filter(r -> r.month().equals(month))
                .forEach(
                        r -> out.putIfAbsent(r.engagementId(), incomplete(d, r.engagementId(), r.engagement(), false)));
        d.reports().late().stream()
                .filter(l -> l.month().equals(month))
                .forEach(l -> out.putIfAbsent(l.engagementId(), incomplete(d, l.engagementId(), l.engagement(), true)));
        return List.copyOf(out.values());
    }

    private static Incomplete incomplete(DashboardService.Dashboard d, long engagementId, String title, boolean late) {
        return new Incomplete(
                engagementId, title, late, d.engagementChannels().getOrDefault(engagementId, java.util.Set.of()));
    }

    /** The meeting's record alone (decisions, attendees), or an empty open record. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public Record record(YearMonth month) {
        return meetings.findByMonth(month.atDay(1))
                .map(this::view)
                .orElse(new Record(false, List.of(), List.of(), null, null, null));
    }

    /** Records a decision taken in the month's meeting (opening the meeting's record on the first one). */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public Record decide(YearMonth month, DecisionKind kind, @Nullable Long subjectId, String text) {
        MembershipInfo membership = currentUser.requireMembership();
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new DomainException("meeting.decisionRequired");
        }
        if (clean.length() > TextLimits.TEXT) {
            throw new DomainException("meeting.decisionTooLong", TextLimits.TEXT);
        }
        if (kind != DecisionKind.NOTE && subjectId == null) {
            throw new DomainException("meeting.subjectRequired");
        }
        ReviewMeetingEntity meeting = meetings.findByMonth(month.atDay(1)).orElseGet(() -> {
            try {
                return meetings.saveAndFlush(new ReviewMeetingEntity(month.atDay(1)));
            } catch (DataIntegrityViolationException e) {
                throw new DomainException("budget.changedConcurrently");
            }
        });
        if (meeting.closed()) {
            throw new DomainException("meeting.closed");
        }
        long me = currentUser.require().userId();
        meeting.record(kind.name(), subjectId, clean, me, clock.instant());
        meetings.saveAndFlush(meeting);
        events.publishEvent(new InsightsEvents.MeetingDecisionRecorded(
                membership.tenantId(),
                me,
                membership.role().name(),
                meeting.id(),
                month + " " + kind + (subjectId == null ? "" : " #" + subjectId) + ": " + clean));
        return view(meeting);
    }

    /** Closes the month's meeting with its attendees (at least one) and an optional summary; final. */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public Record close(YearMonth month, List<Attendee> attendees, @Nullable String summary) {
        MembershipInfo membership = currentUser.requireMembership();
        List<Attendee> people = attendees.stream()
                .map(p -> new Attendee(
                        p.userId(), p.name() == null ? "" : p.name().strip()))
                .filter(p -> !p.name().isEmpty())
                .distinct()
                .toList();
        if (people.isEmpty()) {
            throw new DomainException("meeting.attendeesRequired");
        }
        if (people.stream().anyMatch(p -> p.name().length() > TextLimits.NAME)) {
            throw new DomainException("meeting.nameTooLong", TextLimits.NAME);
        }
        String cleanSummary = summary == null || summary.isBlank() ? null : summary.strip();
        if (cleanSummary != null && cleanSummary.length() > TextLimits.LONG_TEXT) {
            throw new DomainException("meeting.summaryTooLong", TextLimits.LONG_TEXT);
        }
        ReviewMeetingEntity meeting = meetings.findByMonth(month.atDay(1))
                .orElseGet(() -> meetings.saveAndFlush(new ReviewMeetingEntity(month.atDay(1))));
        if (meeting.closed()) {
            throw new DomainException("meeting.closed");
        }
        meeting.close(people, cleanSummary, currentUser.require().userId(), clock.instant());
        meetings.saveAndFlush(meeting);
        events.publishEvent(new InsightsEvents.MeetingClosed(
                membership.tenantId(),
                currentUser.require().userId(),
                membership.role().name(),
                meeting.id(),
                month + ", " + meeting.decisions().size() + " decisions, attendees "
                        + people.stream().map(Attendee::name).toList(),
                cleanSummary));
        return view(meeting);
    }

    private Record view(ReviewMeetingEntity m) {
        List<Long> people = new ArrayList<>();
        m.decisions().forEach(d -> people.add(d.recordedByUserId()));
        if (m.closedByUserId() != null) {
            people.add(m.closedByUserId());
        }
        Map<Long, String> names = accounts.displayNames(people);
        return new Record(
                m.closed(),
                m.decisions().stream()
                        .map((MeetingDecisionEntity d) -> new Decision(
                                DecisionKind.valueOf(d.kind()),
                                d.subjectId(),
                                d.text(),
                                names.getOrDefault(d.recordedByUserId(), "#" + d.recordedByUserId()),
                                d.recordedAt()))
                        .toList(),
                m.attendees().stream()
                        .map(a -> new Attendee(a.userId(), a.name()))
                        .toList(),
                m.summary(),
                m.closedByUserId() == null ? null : names.get(m.closedByUserId()),
                m.closedAt());
    }
}
