package app.baton.experiments;

import app.baton.shared.DomainException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One pre-registered success metric: what is measured, where it starts, where it should get to, and which way is
 * better; {@code actual} once results are in. {@code noEvidence}: the metric is the rate an A/B test compared, and
 * the difference was not significant — neither met nor missed, whatever the actual (decision 020).
 */
public record Metric(
        MetricKind kind,
        @Nullable String customName,
        @Nullable String unit,
        BigDecimal baseline,
        BigDecimal target,
        Direction direction,
        @Nullable BigDecimal actual,
        boolean noEvidence) {

    /** Met, not met, no data yet, or an A/B difference that is not significant (no evidence either way). */
    public enum Outcome {
        MET,
        NOT_MET,
        NO_DATA,
        NO_EVIDENCE
    }

    /** The name that identifies it: the KPI, or the custom name. */
    public String key() {
        return kind == MetricKind.CUSTOM ? String.valueOf(customName).strip().toLowerCase(Locale.ROOT) : kind.name();
    }

    public Outcome outcome() {
        if (actual == null) {
            return Outcome.NO_DATA;
        }
        if (noEvidence) {
            return Outcome.NO_EVIDENCE;
        }
        int compared = actual.compareTo(target);
        boolean met = direction == Direction.HIGHER ? compared >= 0 : compared <= 0;
        return met ? Outcome.MET : Outcome.NOT_MET;
    }

    public Metric withActual(@Nullable BigDecimal value) {
        return new Metric(kind, customName, unit, baseline, target, direction, value, false);
    }

    /** The same metric judged by an A/B test whose difference was not significant. */
    public Metric withoutEvidence() {
        return new Metric(kind, customName, unit, baseline, target, direction, actual, true);
    }

    /**
     * One to five metrics, none twice, custom ones named (with a unit), and each target an improvement on its
     * baseline in the metric's direction.
     */
    public static void validate(List<Metric> metrics) {
        if (metrics.isEmpty()) {
            throw new DomainException("experiment.metrics.required");
        }
        if (metrics.size() > Proposal.MAX_METRICS) {
            throw new DomainException("experiment.metrics.tooMany");
        }
        Set<String> seen = new HashSet<>();
        for (Metric metric : metrics) {
            if (metric.kind() == MetricKind.CUSTOM
                    && (metric.customName() == null
                            || metric.customName().isBlank()
                            || metric.customName().length() > 60)) {
                throw new DomainException("experiment.metrics.customName");
            }
            if (!seen.add(metric.key())) {
                throw new DomainException("experiment.metrics.duplicate");
            }
            int compared = metric.target().compareTo(metric.baseline());
            if (compared == 0) {
                throw new DomainException("experiment.metrics.targetEqualsBaseline");
            }
            if ((metric.direction() == Direction.HIGHER) != (compared > 0)) {
                throw new DomainException("experiment.metrics.targetNotBetter");
            }
        }
    }

    /**
     * The verdict the pre-registered metrics suggest: every metric met → scale up; none met → stop; some → extend;
     * no data at all → none.
     */
    public static @Nullable Conclusion suggestion(List<Metric> metrics) {
        long met = metrics.stream().filter(m -> m.outcome() == Outcome.MET).count();
        long measured =
                metrics.stream().filter(m -> m.outcome() != Outcome.NO_DATA).count();
        if (measured == 0) {
            return null;
        }
        if (met == metrics.size()) {
            return Conclusion.SCALE_UP;
        }
        return met == 0 ? Conclusion.STOP : Conclusion.EXTEND;
    }
}
