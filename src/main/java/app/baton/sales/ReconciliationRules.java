package app.baton.sales;

import app.baton.reports.EngagementKpi;
import app.baton.reports.GroundTruth;
import app.baton.reports.checks.Flag;
import app.baton.reports.checks.Severity;
import app.baton.sales.parsing.Attribution;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Claimed against verified (decision 015), a plain function of what the agencies claim for a month and what the
 * company's own data shows:
 *
 * <ul>
 *   <li>{@code CLAIMS_EXCEED_ORDERS}: one engagement's claim for one channel — purchases or their value — exceeds the
 *       company's orders or revenue for the whole month: impossible whatever the attribution model;
 *   <li>{@code OVERLAPPING_CLAIMS}: the claims of every engagement and channel together exceed the orders, so at
 *       least two count the same sale (Google and Meta each claiming one purchase is the common case);
 *   <li>{@code CLAIMED_ROAS_UNSUPPORTED}: a channel's claimed ROAS is more than {@code factor} times the ROAS of the
 *       revenue its UTM tags attribute to it (only when the company's export has UTM tags);
 *   <li>{@code NEW_CUSTOMERS_UNSUPPORTED}: an engagement claims more new customers than the month's first orders.
 * </ul>
 *
 * Nothing is flagged for a month the company's data does not cover from its first day to its last, and an
 * engagement whose conversions are leads claims no purchases: its reports are left out.
 */
final class ReconciliationRules {

    private ReconciliationRules() {}

    static Map<Long, List<Flag>> flags(
            YearMonth month, VerifiedSales verified, List<GroundTruth.Claim> claims, BigDecimal factor) {
        Map<Long, List<Flag>> out = new LinkedHashMap<>();
        if (!verified.complete()) {
            return out;
        }
        Together together = new Together();
        for (GroundTruth.Claim claim : claims) {
            if (!claim.purchases()) {
                continue;
            }
            List<Flag> flags = claimFlags(month, verified, claim, factor, together);
            if (!flags.isEmpty()) {
                out.put(claim.versionId(), flags);
            }
        }
        BigDecimal orders = BigDecimal.valueOf(verified.orders());
        if (together.who.size() > 1 && together.purchases.compareTo(orders) > 0 && orders.signum() > 0) {
            BigDecimal ratio = together.purchases.divide(orders, 2, RoundingMode.HALF_UP);
            Flag overlap = new Flag(
                    "OVERLAPPING_CLAIMS",
                    Severity.WARNING,
                    List.of(),
                    List.of(together.purchases, orders, ratio, String.join("；", together.who), month.toString()));
            for (Long versionId : together.involved) {
                out.computeIfAbsent(versionId, k -> new ArrayList<>()).add(overlap);
            }
        }
        return out;
    }

    /** The purchases every engagement claims for the month, who claims them, and in which reports. */
    private static final class Together {
        BigDecimal purchases = BigDecimal.ZERO;
        final List<String> who = new ArrayList<>();
        final List<Long> involved = new ArrayList<>();

        void add(GroundTruth.Claim claim, String code, BigDecimal claimed) {
            purchases = purchases.add(claimed);
            who.add(claim.engagement() + " · " + label(code) + " "
                    + claimed.stripTrailingZeros().toPlainString());
            if (!involved.contains(claim.versionId())) {
                involved.add(claim.versionId());
            }
        }
    }

    /**
     * One report's flags: the channel whose claim exceeds the month's orders or revenue the most, each channel's
     * claimed ROAS the UTM-tagged revenue does not support, and new customers beyond the month's first orders. Adds the
     * report's purchases to {@code together}.
     */
    private static List<Flag> claimFlags(
            YearMonth month, VerifiedSales verified, GroundTruth.Claim claim, BigDecimal factor, Together together) {
        BigDecimal orders = BigDecimal.valueOf(verified.orders());
        BigDecimal revenue = verified.revenue();
        boolean attributed = verified.byChannel().keySet().stream()
                .anyMatch(code -> !code.equals(Attribution.NONE) && !code.equals(Attribution.OTHER));
        List<Flag> flags = new ArrayList<>();
        Flag worst = null;
        BigDecimal worstExcess = BigDecimal.ZERO;
        for (Map.Entry<String, EngagementKpi.Sums> e : claim.byChannel().entrySet()) {
            BigDecimal purchases = zero(e.getValue().conversions());
            BigDecimal value = zero(e.getValue().conversionValue());
            if (purchases.signum() > 0) {
                together.add(claim, e.getKey(), purchases);
            }
            BigDecimal excess = purchases
                    .subtract(orders)
                    .max(value.subtract(revenue).signum() > 0 ? BigDecimal.ONE : BigDecimal.ZERO);
            if ((purchases.compareTo(orders) > 0 || value.compareTo(revenue) > 0)
                    && (worst == null || excess.compareTo(worstExcess) > 0)) {
                worstExcess = excess;
                worst = new Flag(
                        "CLAIMS_EXCEED_ORDERS",
                        Severity.CRITICAL,
                        List.of(),
                        List.of(label(e.getKey()), purchases, orders, value, revenue, month.toString()));
            }
            if (attributed) {
                Flag roas = roas(e.getKey(), e.getValue(), verified, factor);
                if (roas != null) {
                    flags.add(roas);
                }
            }
        }
        if (worst != null) {
            flags.add(0, worst);
        }
        BigDecimal newClaimed = zero(claim.total().newCustomers());
        if (newClaimed.compareTo(BigDecimal.valueOf(verified.newCustomers())) > 0) {
            flags.add(new Flag(
                    "NEW_CUSTOMERS_UNSUPPORTED",
                    Severity.WARNING,
                    List.of(),
                    List.of(newClaimed, BigDecimal.valueOf(verified.newCustomers()), month.toString())));
        }
        return flags;
    }

    private static @Nullable Flag roas(
            String code, EngagementKpi.Sums claimed, VerifiedSales verified, BigDecimal factor) {
        BigDecimal cost = zero(claimed.cost());
        BigDecimal value = zero(claimed.conversionValue());
        if (cost.signum() <= 0 || value.signum() <= 0) {
            return null;
        }
        ChannelFigures own = verified.byChannel().get(code);
        BigDecimal ownRevenue = own == null ? BigDecimal.ZERO : own.revenue();
        BigDecimal claimedRoas = value.divide(cost, 2, RoundingMode.HALF_UP);
        BigDecimal verifiedRoas = ownRevenue.divide(cost, 2, RoundingMode.HALF_UP);
        if (claimedRoas.compareTo(verifiedRoas.multiply(factor)) > 0) {
            return new Flag(
                    "CLAIMED_ROAS_UNSUPPORTED",
                    Severity.WARNING,
                    List.of(),
                    List.of(label(code), claimedRoas, verifiedRoas, factor));
        }
        return null;
    }

    /** A default channel's code is translated where the flag is read; a company's own channel shows as it is. */
    private static String label(String code) {
        return code.startsWith("#") ? code : "channel." + code;
    }

    private static BigDecimal zero(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
