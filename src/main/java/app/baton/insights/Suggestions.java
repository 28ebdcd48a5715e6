package app.baton.insights;

import app.baton.budgets.ChannelKind;
import app.baton.budgets.Tier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The monthly review's suggestions, from the domain material's rule: "at least monthly, review each activity's KPI
 * attainment, move budget to what performs better, and pause what does not" (定期預算審查會議 … 彈性調撥預算至表現較佳
 * 的項目,或暫停成效不彰的活動). Suggestions only: a person decides, and a decision opens a budget change request.
 *
 * <ul>
 *   <li>{@link Kind#MISSES_TARGETS}: the channel missed at least half of its KPI targets (two at least), or lost
 *       money (ROI below zero) — money to move <em>from</em> it (its unspent amount);
 *   <li>{@link Kind#UNDER_USED}: a closed month in which the channel used less than half of its plan — the unspent
 *       part could move elsewhere;
 *   <li>{@link Kind#BEATS_TARGETS}: every KPI target it has was met (at least two) — a candidate to move money
 *       <em>to</em>;
 *   <li>{@link Kind#OVER_PLAN}: actual plus committed above the month's plan — it needs a budget change or to slow
 *       down;
 *   <li>{@link Kind#TOO_EARLY}: a slow channel (SEO, content, brand) still inside its time to impact by the agreed
 *       goals would have "missed its targets": it is not suggested for a cut on its results before its window has
 *       passed (its unused money may still move) (「SEO 的影響力並非立竿見影」); the page says from which month it can be judged.
 * </ul>
 *
 * <p>The reserve (應急預備金) is never suggested as unused or judged on KPIs: it exists to stay unused. A channel whose
 * month is incomplete (an agency report not accepted yet, or late) gets no suggestion at all: the page says the month
 * is incomplete instead.
 */
public final class Suggestions {

    /** What the rule saw. */
    public enum Kind {
        MISSES_TARGETS(true),
        UNDER_USED(true),
        BEATS_TARGETS(false),
        OVER_PLAN(false),
        TOO_EARLY(false);

        private final boolean from;

        Kind(boolean from) {
            this.from = from;
        }

        /** Whether money would move from the channel (else to it). */
        public boolean from() {
            return from;
        }
    }

    /**
     * One suggestion: the channel, the amount concerned where there is one, the KPIs that made it, and for {@link
     * Kind#TOO_EARLY} the channel's window.
     */
    public record Suggestion(
            Kind kind,
            Tier tier,
            long channelId,
            @Nullable BigDecimal amount,
            List<TrendKpi> kpis,
            @Nullable Window window) {

        Suggestion(Kind kind, Tier tier, long channelId, @Nullable BigDecimal amount, List<TrendKpi> kpis) {
            this(kind, tier, channelId, amount, kpis, null);
        }
    }

    /**
     * A slow channel's time to impact: its kind, the months it takes by the agreed goals, and the first month it can
     * be judged (its first month with spend plus those months).
     */
    public record Window(ChannelKind kind, int months, java.time.YearMonth judgeFrom) {}

    /** Below this share of the plan, a closed month counts as under-used. */
    static final BigDecimal UNDER_USED_SHARE = new BigDecimal("0.5");

    private Suggestions() {}

    /**
     * The suggestions for one month.
     *
     * @param table budget vs actual of the plan
     * @param month the plan month (0–11)
     * @param closed whether the month is over (under-use is only judged on a closed month)
     * @param kpis each channel's KPI values in the month (missing values left out)
     * @param targets the company's KPI targets (missing targets left out)
     * @param incomplete channels whose figures for the month are not complete yet (a report not accepted, or late):
     *     nothing is suggested from them — their spend and KPIs would be judged on missing data
     * @param channelTargets channels' own targets in the agreed goals, each replacing the company's for that KPI
     * @param windows slow channels still inside their time to impact in the month: never suggested for a cut
     */
    public static List<Suggestion> of(
            BudgetActuals.Table table,
            int month,
            boolean closed,
            Map<Long, Map<TrendKpi, BigDecimal>> kpis,
            Map<TrendKpi, BigDecimal> targets,
            Map<Long, Map<TrendKpi, BigDecimal>> channelTargets,
            java.util.Set<Long> incomplete,
            Map<Long, Window> windows) {
        List<Suggestion> result = new ArrayList<>();
        for (Suggestion s : of(table, month, closed, kpis, id -> targetsOf(targets, channelTargets, id), incomplete)) {
            Window window = windows.get(s.channelId());
            if (window == null || s.kind() != Kind.MISSES_TARGETS) {
                result.add(s);
            } else if (result.stream().noneMatch(r -> r.kind() == Kind.TOO_EARLY && r.channelId() == s.channelId())) {
                // a cut suggested too early becomes the reason not to judge it yet
                result.add(new Suggestion(Kind.TOO_EARLY, s.tier(), s.channelId(), null, s.kpis(), window));
            }
        }
        result.sort(Comparator.comparing(Suggestion::kind).thenComparing(Suggestion::tier));
        return List.copyOf(result);
    }

    /** A channel's targets: the company's, each replaced by the channel's own where the goals give one. */
    public static Map<TrendKpi, BigDecimal> targetsOf(
            Map<TrendKpi, BigDecimal> targets, Map<Long, Map<TrendKpi, BigDecimal>> channelTargets, long channelId) {
        Map<TrendKpi, BigDecimal> own = channelTargets.get(channelId);
        if (own == null || own.isEmpty()) {
            return targets;
        }
        Map<TrendKpi, BigDecimal> merged = new java.util.EnumMap<>(TrendKpi.class);
        merged.putAll(targets);
        merged.putAll(own);
        return merged;
    }

    /** The suggestions for one month against the company's targets, every channel judged. */
    static List<Suggestion> of(
            BudgetActuals.Table table,
            int month,
            boolean closed,
            Map<Long, Map<TrendKpi, BigDecimal>> kpis,
            Map<TrendKpi, BigDecimal> targets,
            java.util.Set<Long> incomplete) {
        return of(table, month, closed, kpis, id -> targets, incomplete);
    }

    private static List<Suggestion> of(
            BudgetActuals.Table table,
            int month,
            boolean closed,
            Map<Long, Map<TrendKpi, BigDecimal>> kpis,
            java.util.function.LongFunction<Map<TrendKpi, BigDecimal>> targetsOf,
            java.util.Set<Long> incomplete) {
        List<Suggestion> result = new ArrayList<>();
        for (BudgetActuals.Line line : table.channels()) {
            Tier tier = java.util.Objects.requireNonNull(line.tier());
            long channelId = java.util.Objects.requireNonNull(line.channelId());
            if (tier == Tier.RESERVE) {
                // the reserve exists to stay unused: never "unused money" nor judged on KPIs; only overspending shows
                BudgetActuals.Amounts r = line.month(month);
                if (r.committed().add(r.actual()).compareTo(r.planned()) > 0) {
                    result.add(new Suggestion(
                            Kind.OVER_PLAN,
                            tier,
                            channelId,
                            r.committed().add(r.actual()).subtract(r.planned()),
                            List.of()));
                }
                continue;
            }
            if (incomplete.contains(channelId)) {
                continue;
            }
            BudgetActuals.Amounts m = line.month(month);
            Map<TrendKpi, BigDecimal> values = kpis.getOrDefault(channelId, Map.of());
            List<TrendKpi> met = new ArrayList<>();
            List<TrendKpi> missed = new ArrayList<>();
            targetsOf.apply(channelId).forEach((kpi, target) -> {
                Boolean ok = kpi.met(values.get(kpi), target);
                if (ok != null) {
                    (ok ? met : missed).add(kpi);
                }
            });
            BigDecimal roi = values.get(TrendKpi.ROI);
            BigDecimal unspent = m.remaining().max(BigDecimal.ZERO);
            boolean judged = met.size() + missed.size() >= 2;
            if ((judged && missed.size() * 2 >= met.size() + missed.size()) || (roi != null && roi.signum() < 0)) {
                List<TrendKpi> why = new ArrayList<>(missed);
                if (roi != null && roi.signum() < 0 && !why.contains(TrendKpi.ROI)) {
                    why.add(TrendKpi.ROI);
                }
                result.add(new Suggestion(Kind.MISSES_TARGETS, tier, channelId, unspent, sorted(why)));
            } else if (judged && missed.isEmpty()) {
                result.add(new Suggestion(Kind.BEATS_TARGETS, tier, channelId, null, sorted(met)));
            }
            if (m.committed().add(m.actual()).compareTo(m.planned()) > 0) {
                result.add(new Suggestion(
                        Kind.OVER_PLAN,
                        tier,
                        channelId,
                        m.committed().add(m.actual()).subtract(m.planned()),
                        List.of()));
            } else if (closed
                    && m.planned().signum() > 0
                    && m.actual().compareTo(m.planned().multiply(UNDER_USED_SHARE)) < 0) {
                result.add(new Suggestion(Kind.UNDER_USED, tier, channelId, unspent, List.of()));
            }
        }
        result.sort(Comparator.comparing(Suggestion::kind).thenComparing(Suggestion::tier));
        return List.copyOf(result);
    }

    private static List<TrendKpi> sorted(List<TrendKpi> kpis) {
        return kpis.stream().sorted().toList();
    }
}
