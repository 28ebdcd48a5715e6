package app.baton.experiments;

import app.baton.budgets.BudgetReservationService;
import app.baton.budgets.BudgetSheet;
import app.baton.budgets.GuardrailService;
import app.baton.budgets.Guardrails;
import app.baton.experiments.internal.ExperimentEntity;
import app.baton.experiments.internal.ExperimentRepository;
import app.baton.reports.EngagementQueryService;
import app.baton.security.AccountDirectory;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.security.MembershipRole;
import app.baton.shared.DomainException;
import app.baton.shared.ids.EngagementId;
import app.baton.shared.ids.ExperimentId;
import app.baton.tenancy.MembershipService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Loads the company's experiments and turns them into the records the pages show, for the query service and for the
 * commands (which answer with the experiment as it now stands). Callers are secured; this class is not an API.
 */
@Component
class ExperimentReads {

    private final ExperimentRepository experiments;
    private final GuardrailService guardrails;
    private final BudgetReservationService reservations;
    private final MembershipService memberships;
    private final EngagementQueryService engagements;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ReportedMetrics reportedMetrics;

    ExperimentReads(
            ExperimentRepository experiments,
            GuardrailService guardrails,
            BudgetReservationService reservations,
            MembershipService memberships,
            EngagementQueryService engagements,
            AccountDirectory accounts,
            CurrentUser currentUser,
            Clock clock,
            ReportedMetrics reportedMetrics) {
        this.reportedMetrics = reportedMetrics;
        this.experiments = experiments;
        this.guardrails = guardrails;
        this.reservations = reservations;
        this.memberships = memberships;
        this.engagements = engagements;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The company's experiment, or a translated "not found" (another company's id is not found either). */
    ExperimentEntity load(long experimentId) {
        return experiments.findById(experimentId).orElseThrow(() -> new DomainException("experiment.notFound"));
    }

    /** As {@link #load(long)}, refused in words when someone changed it since the page was read. */
    ExperimentEntity load(long experimentId, long expectedVersion) {
        ExperimentEntity experiment = load(experimentId);
        if (experiment.version() != expectedVersion) {
            throw new DomainException("budget.changedConcurrently");
        }
        return experiment;
    }

    /** Rows with the proposers' names, read in one query, in the order given. */
    List<ExperimentRow> rows(List<ExperimentEntity> list) {
        Map<Long, String> names =
                names(list.stream().map(ExperimentEntity::proposerUserId).toList());
        String currency = currency();
        return list.stream().map(e -> row(e, names, currency)).toList();
    }

    /** One experiment with its metrics, history and the actions open to the signed-in person. */
    ExperimentDetail detail(ExperimentEntity experiment) {
        MembershipInfo membership = currentUser.requireMembership();
        long me = me();
        boolean founder = membership.role() == MembershipRole.FOUNDER;
        boolean proposer = experiment.proposerUserId() == me;
        Set<Long> people = new HashSet<>();
        people.add(experiment.proposerUserId());
        experiment.checkIns().forEach(ci -> people.add(ci.submittedByUserId()));
        experiment.events().forEach(e -> {
            if (e.userId() != null) {
                people.add(e.userId());
            }
        });
        Guardrails rules = guardrails.current().values();
        Set<Long> stillNeeded = Set.of();
        if (experiment.status() == ExperimentStatus.SUBMITTED) {
            stillNeeded = rules.stillNeeded(
                    experiment.requestedBudget(),
                    memberships.founderUserIds(),
                    experiment.proposerUserId(),
                    experiment.approvedBy());
            people.addAll(stillNeeded);
        }
        Map<Long, String> names = names(people);
        List<HistoryLine> history = experiment.events().stream()
                .map(e -> new HistoryLine(
                        e.action(), e.userId() == null ? null : name(names, e.userId()), e.comment(), e.occurredAt()))
                .toList();
        ExperimentStatus status = experiment.status();
        boolean decider = founder && !proposer;
        boolean involved = proposer || founder;
        return new ExperimentDetail(
                row(experiment, names, membership.currency()),
                experiment.hypothesis(),
                experiment.metrics(),
                Metric.suggestion(experiment.metrics()),
                experiment.actualSpend(),
                experiment.learnings(),
                reservations.held(new ExperimentId(experiment.id())),
                BudgetSheet.checkExperiment(experiment.requestedBudget(), rules),
                stillNeeded.stream().map(id -> name(names, id)).collect(Collectors.toCollection(LinkedHashSet::new)),
                history,
                experiment.version(),
                proposer && status.editable(),
                decider
                        && status == ExperimentStatus.SUBMITTED
                        && !experiment.approvedBy().contains(me),
                involved && status == ExperimentStatus.APPROVED,
                involved && status == ExperimentStatus.RUNNING,
                decider && status == ExperimentStatus.RESULTS_SUBMITTED,
                involved && (status == ExperimentStatus.RUNNING || status == ExperimentStatus.RESULTS_SUBMITTED),
                experiment.engagementId(),
                engagementName(experiment.engagementId()),
                experiment.abPlan(),
                experiment.abPlan() == null ? null : AbTest.sampleSize(experiment.abPlan()),
                experiment.abCounts(),
                experiment.abResult(),
                experiment.cadence(),
                experiment.checkIns().stream()
                        .map(ci -> new CheckInView(
                                ci.number(),
                                ci.due(),
                                ci.submittedAt(),
                                name(names, ci.submittedByUserId()),
                                ci.spendToDate(),
                                ci.metrics(),
                                ci.note(),
                                ci.proposal(),
                                ci.change(),
                                ci.amount(),
                                ci.requestId()))
                        .toList(),
                experiment.nextCheckInDue(),
                involved && experiment.nextCheckInDue() != null,
                experiment.metricSources(),
                // what the engagement's reports say so far, shown beside the results form while it runs
                status == ExperimentStatus.RUNNING && experiment.engagementId() != null
                        ? reportedMetrics.of(experiment)
                        : java.util.Collections.nCopies(experiment.metrics().size(), (java.math.BigDecimal) null));
    }

    private @Nullable String engagementName(@Nullable Long engagementId) {
        if (engagementId == null) {
            return null;
        }
        try {
            var e = engagements.engagement(new EngagementId(engagementId));
            return e.agencyName() + " · " + e.title();
        } catch (DomainException gone) {
            return null;
        }
    }

    private ExperimentRow row(ExperimentEntity e, Map<Long, String> names, String currency) {
        LocalDate today = LocalDate.now(clock.withZone(e.zone()));
        return new ExperimentRow(
                e.id(),
                e.title(),
                e.channelId(),
                e.method(),
                e.requestedBudget(),
                currency,
                e.startDate(),
                e.endDate(),
                e.status(),
                e.proposerUserId(),
                name(names, e.proposerUserId()),
                e.metrics().stream().map(Metric::outcome).toList(),
                e.conclusion(),
                e.nextCheckInDue() != null
                                && !e.nextCheckInDue().isAfter(today)
                                && !e.endDate().isBefore(today)
                        ? e.nextCheckInDue()
                        : null);
    }

    private Map<Long, String> names(Collection<Long> userIds) {
        return accounts.displayNames(userIds);
    }

    private static String name(Map<Long, String> names, long userId) {
        return names.getOrDefault(userId, "#" + userId);
    }

    long me() {
        return currentUser.require().userId();
    }

    String currency() {
        return currentUser.requireMembership().currency();
    }

    /** Today in the company's time zone. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(currentUser.requireMembership().zoneId()));
    }
}
