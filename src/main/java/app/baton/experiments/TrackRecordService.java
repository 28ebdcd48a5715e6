package app.baton.experiments;

import app.baton.approvals.TrustPolicy;
import app.baton.experiments.internal.ExperimentEntity;
import app.baton.experiments.internal.ExperimentRepository;
import app.baton.security.AccountDirectory;
import app.baton.security.AccountSummary;
import app.baton.shared.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A proposer's track record, shown beside the delegated limit: concluded experiments, how many met every target,
 * spend, scale-ups, decision time, and the higher limit a strong record suggests (the founders decide).
 */
@Service
public class TrackRecordService {

    private final ExperimentRepository experiments;
    private final AccountDirectory accounts;

    TrackRecordService(ExperimentRepository experiments, AccountDirectory accounts) {
        this.experiments = experiments;
        this.accounts = accounts;
    }

    /** One person's record in this company. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public TrackRecord trackRecord(long userId) {
        List<ExperimentEntity> mine = experiments.findByProposerUserId(userId);
        List<ExperimentEntity> concluded = mine.stream()
                .filter(e -> e.status() == ExperimentStatus.CONCLUDED)
                .toList();
        long met = concluded.stream().filter(TrackRecordService::metEveryTarget).count();
        BigDecimal spent = sum(mine.stream().map(ExperimentEntity::actualSpend).toList());
        BigDecimal scaled = sum(mine.stream().map(ExperimentEntity::scaledUp).toList());
        List<Long> days = mine.stream()
                .filter(e -> e.submittedAt() != null && e.decidedAt() != null)
                .map(e -> Duration.between(e.submittedAt(), e.decidedAt()).toDays())
                .toList();
        Long average = days.isEmpty()
                ? null
                : Math.round(days.stream().mapToLong(Long::longValue).average().orElse(0));
        BigDecimal share = concluded.isEmpty()
                ? null
                : Money.percent(BigDecimal.valueOf(met), BigDecimal.valueOf(concluded.size()));
        String name = accounts.byId(userId).map(AccountSummary::displayName).orElse("#" + userId);
        return new TrackRecord(
                userId, name, concluded.size(), met, share, spent, scaled, average, suggestedLimit(concluded, met));
    }

    /**
     * A proposer's concluded experiments as the founder's trust rule reads them (decision 020): when each was
     * concluded, whether it met every target, and whether it was approved over a guardrail.
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public List<TrustPolicy.Concluded> concluded(long userId) {
        return experiments.findByProposerUserId(userId).stream()
                .filter(e -> e.status() == ExperimentStatus.CONCLUDED && e.concludedAt() != null)
                .sorted(java.util.Comparator.comparing(ExperimentEntity::concludedAt))
                .map(e -> new TrustPolicy.Concluded(
                        e.id(), Objects.requireNonNull(e.concludedAt()), metEveryTarget(e), e.overridden()))
                .toList();
    }

    /** The records of everyone who proposed experiments in this company, newest proposer first. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public List<TrackRecord> trackRecords() {
        Set<Long> proposers = experiments.findAllByOrderByCreatedAtDesc().stream()
                .map(ExperimentEntity::proposerUserId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return proposers.stream().map(this::trackRecord).toList();
    }

    /**
     * A strong record (three or more concluded, at least two thirds meeting their targets) suggests a delegated
     * limit of the largest budget such an experiment had; the founder decides.
     */
    private static @Nullable BigDecimal suggestedLimit(List<ExperimentEntity> concluded, long met) {
        if (concluded.size() < 3 || met * 3 < concluded.size() * 2L) {
            return null;
        }
        return concluded.stream()
                .filter(TrackRecordService::metEveryTarget)
                .map(ExperimentEntity::requestedBudget)
                .max(BigDecimal::compareTo)
                .orElse(null);
    }

    private static boolean metEveryTarget(ExperimentEntity experiment) {
        return experiment.metrics().stream().allMatch(m -> m.outcome() == Metric.Outcome.MET);
    }

    private static BigDecimal sum(List<@Nullable BigDecimal> amounts) {
        return amounts.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
