package app.baton.experiments.internal;

import app.baton.experiments.AbTest;
import app.baton.experiments.AbTestCounts;
import app.baton.experiments.AbTestPlan;
import app.baton.experiments.CheckInCadence;
import app.baton.experiments.CheckInProposal;
import app.baton.experiments.Conclusion;
import app.baton.experiments.ExperimentMethod;
import app.baton.experiments.ExperimentStatus;
import app.baton.experiments.Metric;
import app.baton.experiments.MetricKind;
import app.baton.experiments.Proposal;
import app.baton.shared.CompanyDefaults;
import app.baton.shared.DomainException;
import app.baton.shared.TextLimits;
import app.baton.shared.tenant.TenantRestriction;
import app.baton.shared.tenant.TenantScopedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A growth experiment and its lifecycle: DRAFT → SUBMITTED → APPROVED | REJECTED | CHANGES_REQUESTED (editable
 * again); APPROVED → RUNNING → RESULTS_SUBMITTED → CONCLUDED (scale up or stop) or back to RUNNING (extend). Each
 * transition checks the state and writes a line of history. The metrics are fixed once submitted for approval:
 * after that only their actual values change.
 *
 * <p>Size (about 370 lines): the columns, and one guarded method per transition of the lifecycle above, kept on the
 * entity so that no service can move an experiment to a state the lifecycle does not allow.
 */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "experiment")
public class ExperimentEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = TextLimits.NAME)
    private String title = "";

    @Column(nullable = false, length = TextLimits.TEXT)
    private String hypothesis = "";

    @Column(name = "channel_id", nullable = false)
    private long channelId;

    @Column(name = "engagement_id")
    private @Nullable Long engagementId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private ExperimentMethod method = ExperimentMethod.OTHER;

    @Column(name = "requested_budget", nullable = false, precision = 19, scale = 4)
    private BigDecimal requestedBudget = BigDecimal.ZERO;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate = LocalDate.EPOCH;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate = LocalDate.EPOCH;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 24)
    private ExperimentStatus status = ExperimentStatus.DRAFT;

    @Column(name = "proposer_user_id", nullable = false, updatable = false)
    private long proposerUserId;

    @Column(name = "time_zone", nullable = false, length = 64, updatable = false)
    private String timeZone = CompanyDefaults.ZONE_ID;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "actual_spend", precision = 19, scale = 4)
    private @Nullable BigDecimal actualSpend;

    @Column(length = TextLimits.LONG_TEXT)
    private @Nullable String learnings;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 16)
    private @Nullable Conclusion conclusion;

    @Column(name = "concluded_at")
    private @Nullable Instant concludedAt;

    @Column(name = "scaled_up", precision = 19, scale = 4)
    private @Nullable BigDecimal scaledUp;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "check_in_cadence", length = 16)
    private @Nullable CheckInCadence cadence;

    @Column(name = "ab_baseline_pct", precision = 5, scale = 2)
    private @Nullable BigDecimal abBaselinePct;

    @Column(name = "ab_min_effect_pts", precision = 5, scale = 2)
    private @Nullable BigDecimal abMinEffectPts;

    @Column(name = "ab_significance_pct", precision = 5, scale = 2)
    private @Nullable BigDecimal abSignificancePct;

    @Column(name = "ab_power_pct", precision = 5, scale = 2)
    private @Nullable BigDecimal abPowerPct;

    @Column(name = "ab_daily_visitors")
    private @Nullable Integer abDailyVisitors;

    @Column(name = "ab_control_visitors")
    private @Nullable Long abControlVisitors;

    @Column(name = "ab_control_conversions")
    private @Nullable Long abControlConversions;

    @Column(name = "ab_variant_visitors")
    private @Nullable Long abVariantVisitors;

    @Column(name = "ab_variant_conversions")
    private @Nullable Long abVariantConversions;

    @Version
    private long version;

    @OneToMany(mappedBy = "experiment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 50)
    private List<ExperimentMetricEntity> metrics = new ArrayList<>();

    @OneToMany(mappedBy = "experiment", cascade = CascadeType.ALL)
    @OrderBy("occurredAt, id")
    @BatchSize(size = 50)
    private List<ExperimentEventEntity> events = new ArrayList<>();

    @OneToMany(mappedBy = "experiment", cascade = CascadeType.ALL)
    @OrderBy("number")
    @BatchSize(size = 50)
    private List<ExperimentCheckInEntity> checkIns = new ArrayList<>();

    protected ExperimentEntity() {}

    public ExperimentEntity(Proposal proposal, long proposerUserId, String timeZone, Instant at) {
        this.proposerUserId = proposerUserId;
        this.timeZone = timeZone;
        this.createdAt = at;
        apply(proposal);
        events.add(new ExperimentEventEntity(this, "CREATED", proposerUserId, null, at));
    }

    /** Changes the proposal while it is a draft or changes were asked for. */
    public void edit(Proposal proposal, long byUserId, Instant at) {
        requireStatus("experiment.notEditable", ExperimentStatus.DRAFT, ExperimentStatus.CHANGES_REQUESTED);
        apply(proposal);
        events.add(new ExperimentEventEntity(this, "EDITED", byUserId, null, at));
    }

    public void submit(long byUserId, Instant at) {
        requireStatus("experiment.notEditable", ExperimentStatus.DRAFT, ExperimentStatus.CHANGES_REQUESTED);
        this.status = ExperimentStatus.SUBMITTED;
        this.submittedAt = at;
        events.add(new ExperimentEventEntity(this, "SUBMITTED", byUserId, null, at));
    }

    /** One founder's yes; {@link #markApproved} follows when enough founders agreed. */
    public void addApproval(long founderUserId, @Nullable String override, Instant at) {
        requireStatus("experiment.notSubmitted", ExperimentStatus.SUBMITTED);
        if (approvedBy().contains(founderUserId)) {
            throw new DomainException("experiment.alreadyApprovedByYou");
        }
        events.add(new ExperimentEventEntity(this, "APPROVED_BY", founderUserId, override, at));
    }

    /** Approved on submission within the proposer's delegated authority; reports on the default cadence. */
    public void approveByDelegation(Instant at) {
        requireStatus("experiment.notSubmitted", ExperimentStatus.SUBMITTED);
        this.status = ExperimentStatus.APPROVED;
        this.cadence = CheckInCadence.DEFAULT;
        this.decidedAt = at;
        events.add(new ExperimentEventEntity(this, "APPROVED_BY_DELEGATION", null, null, at));
    }

    /** The last yes: approved, reporting on {@code cadence} once it runs. */
    public void markApproved(CheckInCadence cadence, Instant at) {
        requireStatus("experiment.notSubmitted", ExperimentStatus.SUBMITTED);
        this.cadence = cadence;
        this.status = ExperimentStatus.APPROVED;
        this.decidedAt = at;
        events.add(new ExperimentEventEntity(this, "APPROVED", null, null, at));
    }

    public void reject(long founderUserId, String reason, Instant at) {
        requireStatus("experiment.notSubmitted", ExperimentStatus.SUBMITTED);
        this.status = ExperimentStatus.REJECTED;
        this.decidedAt = at;
        events.add(new ExperimentEventEntity(this, "REJECTED", founderUserId, reason, at));
    }

    public void requestChanges(long founderUserId, String comments, Instant at) {
        requireStatus("experiment.notSubmitted", ExperimentStatus.SUBMITTED);
        this.status = ExperimentStatus.CHANGES_REQUESTED;
        this.decidedAt = at;
        events.add(new ExperimentEventEntity(this, "CHANGES_REQUESTED", founderUserId, comments, at));
    }

    /** Starts an approved experiment: by hand, or automatically on its start date ({@code byUserId} null). */
    public void start(@Nullable Long byUserId, Instant at) {
        requireStatus("experiment.notApproved", ExperimentStatus.APPROVED);
        this.status = ExperimentStatus.RUNNING;
        events.add(new ExperimentEventEntity(this, "STARTED", byUserId, null, at));
    }

    /**
     * Results for a running experiment: an actual value (or none) per metric, in their order, and an A/B test's
     * counts per group (none for other methods).
     */
    public void submitResults(
            long byUserId,
            List<@Nullable BigDecimal> actuals,
            BigDecimal spend,
            String text,
            @Nullable AbTestCounts counts,
            Instant at) {
        requireStatus("experiment.notRunning", ExperimentStatus.RUNNING);
        this.abControlVisitors = counts == null ? null : counts.controlVisitors();
        this.abControlConversions = counts == null ? null : counts.controlConversions();
        this.abVariantVisitors = counts == null ? null : counts.variantVisitors();
        this.abVariantConversions = counts == null ? null : counts.variantConversions();
        if (actuals.size() != metrics.size()) {
            throw new DomainException("experiment.results.everyMetric");
        }
        for (int i = 0; i < metrics.size(); i++) {
            metrics.get(i).recordActual(actuals.get(i));
        }
        this.actualSpend = spend;
        this.learnings = text;
        this.status = ExperimentStatus.RESULTS_SUBMITTED;
        events.add(new ExperimentEventEntity(this, "RESULTS_SUBMITTED", byUserId, null, at));
    }

    /** The founder decides: scale up and stop conclude it; extend runs it on to a later end date. */
    public void conclude(
            long founderUserId, Conclusion decision, @Nullable LocalDate newEnd, @Nullable String comment, Instant at) {
        requireStatus("experiment.noResults", ExperimentStatus.RESULTS_SUBMITTED);
        events.add(new ExperimentEventEntity(this, "CONCLUDED_" + decision.name(), founderUserId, comment, at));
        if (decision == Conclusion.ADJUST && (comment == null || comment.isBlank())) {
            throw new DomainException("experiment.adjust.changeRequired");
        }
        if (decision == Conclusion.EXTEND || decision == Conclusion.ADJUST) {
            if (newEnd == null || !newEnd.isAfter(endDate)) {
                throw new DomainException("experiment.extend.laterEnd");
            }
            this.endDate = newEnd;
            this.status = ExperimentStatus.RUNNING;
            return;
        }
        this.conclusion = decision;
        this.concludedAt = at;
        this.status = ExperimentStatus.CONCLUDED;
    }

    /**
     * A check-in on the running experiment: the next one on the cadence, due on its date (given early or late, it
     * counts for that date). The metric values are in the metrics' order; the metrics themselves stay locked.
     */
    public void checkIn(
            long byUserId,
            Instant at,
            BigDecimal spendToDate,
            List<@Nullable BigDecimal> values,
            String note,
            CheckInProposal proposal,
            @Nullable String change,
            @Nullable BigDecimal amount,
            @Nullable Long requestId) {
        requireStatus("experiment.notRunning", ExperimentStatus.RUNNING);
        if (values.size() != metrics.size()) {
            throw new DomainException("experiment.results.everyMetric");
        }
        int number = checkIns.size() + 1;
        checkIns.add(new ExperimentCheckInEntity(
                this,
                number,
                checkInDue(number),
                byUserId,
                at,
                spendToDate,
                values,
                note,
                proposal,
                change,
                amount,
                requestId));
        events.add(new ExperimentEventEntity(
                this, "CHECK_IN_" + proposal.name(), byUserId, change == null ? note : change, at));
    }

    /**
     * A check-in's "stop early": the run ends on {@code lastDay} (not before its start), so it waits for its results
     * at once; the founder still concludes, and only the conclusion releases the money it did not spend. The old end
     * date stays in the history.
     */
    public void endEarly(long byUserId, LocalDate lastDay, Instant at) {
        requireStatus("experiment.notRunning", ExperimentStatus.RUNNING);
        LocalDate end = lastDay.isBefore(startDate) ? startDate : lastDay;
        if (end.isBefore(endDate)) {
            events.add(new ExperimentEventEntity(this, "ENDED_EARLY", byUserId, endDate + " → " + end, at));
            this.endDate = end;
        }
    }

    /** The {@code n}-th check-in's due date on the cadence (the default cadence when none was chosen). */
    public LocalDate checkInDue(int n) {
        return (cadence == null ? CheckInCadence.DEFAULT : cadence).due(startDate, n);
    }

    /** The next check-in's due date while it runs and the date is inside the experiment; else null. */
    public @Nullable LocalDate nextCheckInDue() {
        if (status != ExperimentStatus.RUNNING) {
            return null;
        }
        LocalDate next = checkInDue(checkIns.size() + 1);
        return next.isAfter(endDate) ? null : next;
    }

    public @Nullable CheckInCadence cadence() {
        return cadence;
    }

    public List<ExperimentCheckInEntity> checkIns() {
        return List.copyOf(checkIns);
    }

    /** Where each metric's result came from, in the metrics' order (set with the results). */
    public void recordSources(List<app.baton.experiments.@Nullable MetricSource> sources) {
        for (int i = 0; i < metrics.size() && i < sources.size(); i++) {
            metrics.get(i).recordSource(sources.get(i));
        }
    }

    public List<app.baton.experiments.@Nullable MetricSource> metricSources() {
        return metrics.stream().map(ExperimentMetricEntity::source).toList();
    }

    /** Whether a founder approved it over a broken guardrail (an approval with an override reason). */
    public boolean overridden() {
        return events.stream().anyMatch(e -> "APPROVED_BY".equals(e.action()) && e.comment() != null);
    }

    /** The founders who approved since the last submission. */
    public Set<Long> approvedBy() {
        Set<Long> founders = new LinkedHashSet<>();
        for (ExperimentEventEntity event : events) {
            if ("SUBMITTED".equals(event.action())) {
                founders.clear();
            } else if ("APPROVED_BY".equals(event.action()) && event.userId() != null) {
                founders.add(event.userId());
            }
        }
        return founders;
    }

    private void apply(Proposal proposal) {
        this.title = proposal.title().strip();
        this.hypothesis = proposal.hypothesis().strip();
        this.channelId = proposal.channelId();
        this.engagementId = proposal.engagementId();
        this.method = proposal.method();
        this.requestedBudget = proposal.requestedBudget();
        this.startDate = proposal.startDate();
        this.endDate = proposal.endDate();
        AbTestPlan plan = proposal.abTest();
        this.abBaselinePct = plan == null ? null : plan.baselinePct();
        this.abMinEffectPts = plan == null ? null : plan.minimumEffectPts();
        this.abSignificancePct = plan == null ? null : plan.significancePct();
        this.abPowerPct = plan == null ? null : plan.powerPct();
        this.abDailyVisitors = plan == null ? null : plan.dailyVisitors();
        metrics.clear();
        for (int i = 0; i < proposal.metrics().size(); i++) {
            metrics.add(new ExperimentMetricEntity(this, i, proposal.metrics().get(i)));
        }
    }

    private void requireStatus(String key, ExperimentStatus... allowed) {
        for (ExperimentStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new DomainException(key);
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public String title() {
        return title;
    }

    public String hypothesis() {
        return hypothesis;
    }

    public long channelId() {
        return channelId;
    }

    /** The agency engagement the experiment runs with, if any. */
    public @Nullable Long engagementId() {
        return engagementId;
    }

    public ExperimentMethod method() {
        return method;
    }

    public BigDecimal requestedBudget() {
        return requestedBudget;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public ExperimentStatus status() {
        return status;
    }

    public long proposerUserId() {
        return proposerUserId;
    }

    /** The company's time zone when it was proposed: "the start date" is a day there. */
    public java.time.ZoneId zone() {
        return java.time.ZoneId.of(timeZone);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant submittedAt() {
        return submittedAt;
    }

    public @Nullable Instant decidedAt() {
        return decidedAt;
    }

    public @Nullable BigDecimal actualSpend() {
        return actualSpend;
    }

    public @Nullable String learnings() {
        return learnings;
    }

    public @Nullable Conclusion conclusion() {
        return conclusion;
    }

    public @Nullable Instant concludedAt() {
        return concludedAt;
    }

    /** The extra budget asked for when the founder scaled it up, for the proposer's track record. */
    public @Nullable BigDecimal scaledUp() {
        return scaledUp;
    }

    public void recordScaleUp(BigDecimal amount) {
        this.scaledUp = amount;
    }

    /** Writes a reminder into the history once; false when it was already there. */
    public boolean remindOnce(String action, Instant at) {
        if (events.stream().anyMatch(e -> action.equals(e.action()))) {
            return false;
        }
        events.add(new ExperimentEventEntity(this, action, null, null, at));
        return true;
    }

    public long version() {
        return version;
    }

    /**
     * The metrics with their outcomes. In an A/B test whose difference is not significant, the rate it compared (the
     * first CR or CTR metric) is "no evidence either way", never met.
     */
    public List<Metric> metrics() {
        List<Metric> all = metrics.stream().map(ExperimentMetricEntity::metric).toList();
        AbTest.Result result = abResult();
        if (result == null || result.significant()) {
            return all;
        }
        List<Metric> judged = new ArrayList<>(all);
        for (int i = 0; i < judged.size(); i++) {
            MetricKind kind = judged.get(i).kind();
            if (kind == MetricKind.CR || kind == MetricKind.CTR) {
                judged.set(i, judged.get(i).withoutEvidence());
                break;
            }
        }
        return List.copyOf(judged);
    }

    /** The A/B test's plan, if it is one. */
    public @Nullable AbTestPlan abPlan() {
        if (abBaselinePct == null || abMinEffectPts == null || abSignificancePct == null || abPowerPct == null) {
            return null;
        }
        return new AbTestPlan(abBaselinePct, abMinEffectPts, abSignificancePct, abPowerPct, abDailyVisitors);
    }

    /** The A/B test's counts, once its results are in. */
    public @Nullable AbTestCounts abCounts() {
        if (abControlVisitors == null
                || abControlConversions == null
                || abVariantVisitors == null
                || abVariantConversions == null) {
            return null;
        }
        return new AbTestCounts(abControlVisitors, abControlConversions, abVariantVisitors, abVariantConversions);
    }

    /** The comparison of the groups at the plan's significance (5 % without a plan), once counts are in. */
    public AbTest.@Nullable Result abResult() {
        AbTestCounts counts = abCounts();
        if (counts == null) {
            return null;
        }
        AbTestPlan plan = abPlan();
        return AbTest.compare(counts, plan == null ? new BigDecimal("5") : plan.significancePct());
    }

    public List<ExperimentEventEntity> events() {
        return List.copyOf(events);
    }
}
