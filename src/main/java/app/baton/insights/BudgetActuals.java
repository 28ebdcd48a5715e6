package app.baton.insights;

import app.baton.budgets.ChannelRow;
import app.baton.budgets.FiscalYear;
import app.baton.budgets.PlanView;
import app.baton.budgets.Tier;
import app.baton.budgets.TierView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Budget vs actual for one plan: for every tier and channel and each of the twelve months, the planned amount as
 * activated (original) and now (current), what approved experiments hold (committed), what was actually spent, and
 * what remains; for the year also a run-rate forecast. Pure arithmetic over the plan and a list of {@link Spend}
 * items, unit-tested on its own.
 *
 * <p>Actual spend is the company's full marketing cost (decision 015), each amount counted once: media spend — an
 * accepted report's cost for a channel and month, else what was entered by hand on the plan for it (a report replaces
 * the hand-entered amount of its channel and month, never adds to it) — plus the agencies' monthly fees and the
 * experiments' spend in the months it was spent. Committed is the budget of approved experiments that have not
 * reported results yet.
 */
public final class BudgetActuals {

    /** Where an amount on the dashboard comes from; each links to its rows. */
    public enum Source {
        ENTERED,
        REPORT,
        EXPERIMENT_RESULT,
        EXPERIMENT_COMMITTED,
        /** An engagement's monthly fee, spread over its channels. */
        AGENCY_FEE
    }

    /** One amount from outside the plan, already placed on a tier, channel and plan month (0–11). */
    public record Spend(Tier tier, long channelId, int month, BigDecimal amount, Source source, long sourceId) {}

    /** The four figures of a cell, a month, a channel, a tier or the whole plan. */
    public record Amounts(BigDecimal original, BigDecimal planned, BigDecimal committed, BigDecimal actual) {

        public static final Amounts ZERO =
                new Amounts(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        /** Planned (current) minus committed minus actual; negative when overspent. */
        public BigDecimal remaining() {
            return planned.subtract(committed).subtract(actual);
        }

        /** Actual as a share of the current plan (0.85 = 85 %); {@code null} when nothing is planned. */
        public @Nullable BigDecimal used() {
            return planned.signum() == 0 ? null : actual.divide(planned, 4, RoundingMode.HALF_UP);
        }

        Amounts plus(Amounts other) {
            return new Amounts(
                    original.add(other.original),
                    planned.add(other.planned),
                    committed.add(other.committed),
                    actual.add(other.actual));
        }
    }

    /** A row of the table: a channel of a tier ({@code channelId} set), a tier, or the total (both null). */
    public record Line(
            @Nullable Tier tier,
            @Nullable Long channelId,
            List<Amounts> months,
            Amounts year,
            @Nullable BigDecimal forecast) {

        public Amounts month(int index) {
            return months.get(index);
        }
    }

    /** The whole table: channel lines grouped by tier, tier lines and the total. */
    /**
     * The table; {@code replaced} are the amounts entered by hand that an accepted report of the same channel and
     * month replaced (shown on the sources page, counted nowhere).
     */
    public record Table(List<Line> channels, List<Line> tiers, Line total, int closedMonths, List<Spend> replaced) {

        public List<Line> channelsOf(Tier tier) {
            return channels.stream().filter(l -> l.tier() == tier).toList();
        }

        public Line tier(Tier tier) {
            return tiers.stream().filter(l -> l.tier() == tier).findFirst().orElseThrow();
        }
    }

    private BudgetActuals() {}

    /**
     * The table for a plan and the spend items. {@code closedMonths} is how many of the plan's months are over (0 =
     * the year has not started; 12 = it has ended); the forecast extrapolates their actual spend to twelve months.
     * A spend item on a channel the plan does not have in that tier gets a line of its own (planned zero).
     */
    public static Table compute(PlanView plan, List<Spend> spends, int closedMonths, int scale) {
        // a channel and month with an accepted report: the report's media cost replaces what was entered by hand
        java.util.Set<String> reported = new java.util.HashSet<>();
        for (Spend spend : spends) {
            if (spend.source() == Source.REPORT) {
                reported.add(spend.channelId() + "@" + spend.month());
            }
        }
        Map<String, Amounts[]> cells = new LinkedHashMap<>();
        List<Spend> replaced = new ArrayList<>();
        for (TierView tier : plan.tiers()) {
            for (ChannelRow row : tier.channels()) {
                Amounts[] months = empty();
                for (int i = 0; i < FiscalYear.MONTHS; i++) {
                    if (reported.contains(row.channelId() + "@" + i)
                            && row.spent().get(i).signum() != 0) {
                        replaced.add(new Spend(
                                tier.tier(), row.channelId(), i, row.spent().get(i), Source.ENTERED, 0));
                    }
                    months[i] = new Amounts(
                            row.originals().get(i),
                            row.months().get(i),
                            BigDecimal.ZERO,
                            reported.contains(row.channelId() + "@" + i)
                                    ? BigDecimal.ZERO
                                    : row.spent().get(i));
                }
                cells.put(key(tier.tier(), row.channelId()), months);
            }
        }
        for (Spend spend : spends) {
            if (spend.month() < 0 || spend.month() > 11) {
                continue;
            }
            Amounts[] months = cells.computeIfAbsent(key(spend.tier(), spend.channelId()), k -> empty());
            Amounts add = spend.source() == Source.EXPERIMENT_COMMITTED
                    ? new Amounts(BigDecimal.ZERO, BigDecimal.ZERO, spend.amount(), BigDecimal.ZERO)
                    : new Amounts(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, spend.amount());
            months[spend.month()] = months[spend.month()].plus(add);
        }
        List<Line> channels = new ArrayList<>();
        Map<Tier, Amounts[]> tierMonths = new LinkedHashMap<>();
        for (Tier tier : Tier.values()) {
            tierMonths.put(tier, empty());
        }
        Amounts[] totalMonths = empty();
        for (Tier tier : Tier.values()) {
            cells.forEach((key, months) -> {
                if (key.startsWith(tier.name() + "/")) {
                    long channelId = Long.parseLong(key.substring(key.indexOf('/') + 1));
                    channels.add(line(tier, channelId, months, closedMonths, scale));
                    Amounts[] sum = tierMonths.get(tier);
                    for (int i = 0; i < FiscalYear.MONTHS; i++) {
                        sum[i] = sum[i].plus(months[i]);
                        totalMonths[i] = totalMonths[i].plus(months[i]);
                    }
                }
            });
        }
        List<Line> tiers = new ArrayList<>();
        tierMonths.forEach((tier, months) -> tiers.add(line(tier, null, months, closedMonths, scale)));
        return new Table(
                List.copyOf(channels),
                List.copyOf(tiers),
                line(null, null, totalMonths, closedMonths, scale),
                closedMonths,
                List.copyOf(replaced));
    }

    /**
     * The run-rate forecast for the year end: the actual spend of the closed months, averaged per month and
     * extrapolated to twelve months; {@code null} before the first month closes (no rate yet).
     */
    public static @Nullable BigDecimal forecast(List<BigDecimal> monthlyActual, int closedMonths, int scale) {
        if (closedMonths <= 0) {
            return null;
        }
        int closed = Math.min(closedMonths, FiscalYear.MONTHS);
        BigDecimal spent = BigDecimal.ZERO;
        for (int i = 0; i < closed; i++) {
            spent = spent.add(monthlyActual.get(i));
        }
        if (closed == FiscalYear.MONTHS) {
            return spent.setScale(scale, RoundingMode.HALF_UP);
        }
        return spent.multiply(BigDecimal.valueOf(FiscalYear.MONTHS))
                .divide(BigDecimal.valueOf(closed), scale, RoundingMode.HALF_UP);
    }

    private static Line line(
            @Nullable Tier tier, @Nullable Long channelId, Amounts[] months, int closedMonths, int scale) {
        Amounts year = Amounts.ZERO;
        List<BigDecimal> actuals = new ArrayList<>(FiscalYear.MONTHS);
        for (Amounts m : months) {
            year = year.plus(m);
            actuals.add(m.actual());
        }
        return new Line(
                tier,
                channelId,
                Collections.unmodifiableList(java.util.Arrays.asList(months.clone())),
                year,
                forecast(actuals, closedMonths, scale));
    }

    private static Amounts[] empty() {
        Amounts[] months = new Amounts[FiscalYear.MONTHS];
        java.util.Arrays.fill(months, Amounts.ZERO);
        return months;
    }

    private static String key(Tier tier, long channelId) {
        return tier.name() + "/" + channelId;
    }
}
