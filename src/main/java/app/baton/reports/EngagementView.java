package app.baton.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An engagement as screens and the API show it ({@link EngagementQueryService}). */
public record EngagementView(
        long id,
        long agencyId,
        String agencyName,
        String title,
        List<Long> channelIds,
        String deliverables,
        String vendorDuties,
        String inHouseDuties,
        BigDecimal monthlyFee,
        BigDecimal mediaSpendCap,
        LocalDate start,
        LocalDate end,
        int dueDay,
        List<EngagementTarget> targets,
        long version,
        ConversionKind conversionKind,
        String conversionDefinition,
        @Nullable LocalDate conversionSince,
        Map<Long, Integer> feeSplit,
        List<TargetPeriod> targetHistory,
        java.util.NavigableMap<java.time.YearMonth, BigDecimal> earlierFees) {

    /** The monthly fee of {@code month}: the one in force then (a fee change holds from its month, issue 19). */
    public BigDecimal feeIn(java.time.YearMonth month) {
        var later = earlierFees.higherEntry(month);
        return later == null ? monthlyFee : later.getValue();
    }

    /** {@link #feeByChannel()} for the fee of {@code month}. */
    public Map<Long, BigDecimal> feeByChannel(java.time.YearMonth month) {
        return split(feeIn(month));
    }

    /** The targets a report for {@code month} is judged against: those in force that month (issue 19). */
    public List<EngagementTarget> targetsIn(java.time.YearMonth month) {
        return targetHistory.stream()
                .filter(p -> p.inForce(month))
                .map(TargetPeriod::target)
                .toList();
    }

    /** The months from which changed targets hold, oldest first. */
    public List<java.time.YearMonth> targetChanges() {
        return targetHistory.stream()
                .map(TargetPeriod::from)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
    }

    /**
     * The monthly fee's share of each channel, in whole currency units adding up to the fee: by the agreed
     * percentages, or evenly when none were agreed; the first channel takes the rounding.
     */
    public Map<Long, BigDecimal> feeByChannel() {
        return split(monthlyFee);
    }

    private Map<Long, BigDecimal> split(BigDecimal monthlyFee) {
        Map<Long, BigDecimal> out = new LinkedHashMap<>();
        if (channelIds.isEmpty()) {
            return out;
        }
        BigDecimal rest = monthlyFee;
        for (int i = 1; i < channelIds.size(); i++) {
            long id = channelIds.get(i);
            BigDecimal share = feeSplit.isEmpty()
                    ? monthlyFee.divide(BigDecimal.valueOf(channelIds.size()), 0, RoundingMode.DOWN)
                    : monthlyFee
                            .multiply(BigDecimal.valueOf(feeSplit.getOrDefault(id, 0)))
                            .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN);
            out.put(id, share);
            rest = rest.subtract(share);
        }
        Map<Long, BigDecimal> ordered = new LinkedHashMap<>();
        ordered.put(channelIds.get(0), rest);
        ordered.putAll(out);
        return ordered;
    }
}
