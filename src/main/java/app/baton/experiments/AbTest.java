package app.baton.experiments;

import app.baton.shared.DomainException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.jspecify.annotations.Nullable;

/**
 * The statistics of an A/B test on conversion rates (decision 020), with Apache Commons Statistics for the
 * distributions and the test, none written here: the sample size per group for a two-sided two-proportion test, and
 * the comparison of two groups — the difference with its confidence interval (normal approximation, unpooled) and the
 * p-value of the two-sided test (Pearson's chi-square on the 2×2 table, which equals the pooled two-proportion
 * z-test). A difference that is not significant is "no evidence either way", never met.
 */
public final class AbTest {

    private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AbTest() {}

    /** Visitors per group, both groups, and the days at the plan's daily visitors (null without them). */
    public record SampleSize(
            long perGroup, long total, @Nullable Long days) {}

    /** What the comparison says. */
    public enum Verdict {
        /** The variant converts better, significantly. */
        BETTER,
        /** The variant converts worse, significantly. */
        WORSE,
        /** The difference is not significant: no evidence either way. */
        NO_EVIDENCE
    }

    /**
     * The comparison of the two groups. Rates and the difference are in per cent / percentage points (the
     * difference is variant minus control), the interval at the plan's confidence (1 − significance).
     */
    public record Result(
            BigDecimal controlRatePct,
            BigDecimal variantRatePct,
            BigDecimal differencePts,
            BigDecimal lowPts,
            BigDecimal highPts,
            double pValue,
            BigDecimal significancePct,
            Verdict verdict) {

        public boolean significant() {
            return verdict != Verdict.NO_EVIDENCE;
        }

        /** The confidence level of the interval, in per cent (95 for a 5 % significance level). */
        public BigDecimal confidencePct() {
            return HUNDRED.subtract(significancePct);
        }
    }

    /**
     * Visitors per group to detect the plan's minimum effect from its baseline with its significance (two-sided)
     * and power: n = (z₁₋α/₂·√(2·p̄·q̄) + z₁₋β·√(p₁q₁ + p₂q₂))² / (p₂ − p₁)², rounded up.
     */
    public static SampleSize sampleSize(AbTestPlan plan) {
        double p1 = fraction(plan.baselinePct());
        double p2 = p1 + fraction(plan.minimumEffectPts());
        if (p2 >= 1) {
            throw new DomainException("experiment.ab.effectRange");
        }
        double alpha = fraction(plan.significancePct());
        double power = fraction(plan.powerPct());
        double zAlpha = STANDARD.inverseSurvivalProbability(alpha / 2);
        double zBeta = STANDARD.inverseCumulativeProbability(power);
        double mean = (p1 + p2) / 2;
        double root = zAlpha * Math.sqrt(2 * mean * (1 - mean)) + zBeta * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
        long perGroup = (long) Math.ceil(root * root / ((p2 - p1) * (p2 - p1)));
        Long days = plan.dailyVisitors() == null ? null : (long) Math.ceil(2.0 * perGroup / plan.dailyVisitors());
        return new SampleSize(perGroup, 2 * perGroup, days);
    }

    /** Refuses counts no test could have: a group without visitors, or more conversions than visitors. */
    public static AbTestCounts requirePossible(AbTestCounts counts) {
        if (counts.controlConversions() > counts.controlVisitors()
                || counts.variantConversions() > counts.variantVisitors()) {
            throw new DomainException("experiment.ab.moreConversionsThanVisitors");
        }
        if (counts.controlVisitors() <= 0 || counts.variantVisitors() <= 0) {
            throw new DomainException("experiment.ab.visitorsRequired");
        }
        return counts;
    }

    /** Compares the groups at {@code significancePct} (two-sided). */
    public static Result compare(AbTestCounts counts, BigDecimal significancePct) {
        requirePossible(counts);
        double n1 = counts.controlVisitors();
        double n2 = counts.variantVisitors();
        double p1 = counts.controlConversions() / n1;
        double p2 = counts.variantConversions() / n2;
        double alpha = fraction(significancePct);
        double z = STANDARD.inverseSurvivalProbability(alpha / 2);
        double se = Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
        double difference = p2 - p1;
        double pValue = pValue(counts);
        Verdict verdict = pValue >= alpha ? Verdict.NO_EVIDENCE : difference > 0 ? Verdict.BETTER : Verdict.WORSE;
        return new Result(
                points(p1),
                points(p2),
                points(difference),
                points(difference - z * se),
                points(difference + z * se),
                pValue,
                significancePct,
                verdict);
    }

    /**
     * The two-sided p-value; 1 when both groups converted all or nothing alike (the table has an empty column, and
     * there is no difference to test).
     */
    private static double pValue(AbTestCounts c) {
        long converted = c.controlConversions() + c.variantConversions();
        long notConverted = c.controlVisitors() + c.variantVisitors() - converted;
        if (converted == 0 || notConverted == 0) {
            return 1;
        }
        long[][] table = {
            {c.controlConversions(), c.controlVisitors() - c.controlConversions()},
            {c.variantConversions(), c.variantVisitors() - c.variantConversions()}
        };
        return ChiSquareTest.withDefaults().test(table).getPValue();
    }

    private static double fraction(BigDecimal pct) {
        return pct.doubleValue() / 100;
    }

    private static BigDecimal points(double fraction) {
        return new BigDecimal(fraction * 100, MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_UP);
    }
}
