package app.baton.sales;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.reports.ConversionKind;
import app.baton.reports.EngagementKpi;
import app.baton.reports.GroundTruth;
import app.baton.reports.checks.Flag;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The four reconciliation flags as plain arithmetic on a month's claims and the company's own figures. */
class ReconciliationRulesTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 10);

    private static VerifiedSales verified(
            int orders, String revenue, int newCustomers, Map<String, ChannelFigures> byChannel) {
        return new VerifiedSales(
                MONTH.atDay(1), MONTH.atEndOfMonth(), 31, orders, new BigDecimal(revenue), newCustomers, byChannel);
    }

    private static EngagementKpi.Sums sums(String cost, String purchases, String value, String newCustomers) {
        return new EngagementKpi.Sums(
                BigDecimal.valueOf(100_000),
                BigDecimal.valueOf(2_000),
                new BigDecimal(cost),
                new BigDecimal(purchases),
                new BigDecimal(value),
                newCustomers == null ? null : new BigDecimal(newCustomers));
    }

    private static GroundTruth.Claim claim(long version, String channel, EngagementKpi.Sums s, ConversionKind kind) {
        return new GroundTruth.Claim(version, "E" + version, version, 1, kind, s, Map.of(channel, s));
    }

    private static List<String> codes(List<Flag> flags) {
        return flags.stream().map(Flag::code).toList();
    }

    @Test
    void aPlatformRoasFarAboveWhatItsTaggedOrdersBroughtIsUnsupported() {
        // Meta claims 300,000 on 50,000 spent (ROAS 6); orders tagged to Meta brought 100,000 (ROAS 2): 6 > 2 × 2
        VerifiedSales own = verified(
                1_000,
                "2000000",
                400,
                Map.of(
                        "META_ADS", new ChannelFigures(50, new BigDecimal("100000"), 20),
                        "", new ChannelFigures(950, new BigDecimal("1900000"), 380)));
        GroundTruth.Claim meta = claim(7, "META_ADS", sums("50000", "120", "300000", "50"), ConversionKind.PURCHASE);

        Map<Long, List<Flag>> flags = ReconciliationRules.flags(MONTH, own, List.of(meta), new BigDecimal("2"));

        assertThat(codes(flags.get(7L))).containsExactly("CLAIMED_ROAS_UNSUPPORTED");
        assertThat(flags.get(7L).get(0).arguments())
                .containsExactly(
                        "channel.META_ADS", new BigDecimal("6.00"), new BigDecimal("2.00"), new BigDecimal("2"));

        // a factor of 3 is not exceeded by 6 against 2
        assertThat(ReconciliationRules.flags(MONTH, own, List.of(meta), new BigDecimal("3")))
                .isEmpty();
    }

    @Test
    void withoutAnyTaggedOrdersTheRoasIsNotJudged() {
        VerifiedSales own =
                verified(1_000, "2000000", 400, Map.of("", new ChannelFigures(1_000, new BigDecimal("2000000"), 400)));
        GroundTruth.Claim meta = claim(7, "META_ADS", sums("50000", "120", "300000", "50"), ConversionKind.PURCHASE);

        assertThat(ReconciliationRules.flags(MONTH, own, List.of(meta), new BigDecimal("2")))
                .isEmpty();
    }

    @Test
    void claimsBeyondTheMonthsOrdersOverlapsAndNewCustomers() {
        VerifiedSales own =
                verified(100, "200000", 30, Map.of("", new ChannelFigures(100, new BigDecimal("200000"), 30)));
        GroundTruth.Claim google = claim(1, "GOOGLE_ADS", sums("40000", "80", "150000", "20"), ConversionKind.PURCHASE);
        GroundTruth.Claim meta = claim(2, "META_ADS", sums("40000", "120", "180000", "40"), ConversionKind.PURCHASE);
        GroundTruth.Claim leads = claim(3, "LINE", sums("10000", "900", "0", "900"), ConversionKind.LEAD);

        Map<Long, List<Flag>> flags =
                ReconciliationRules.flags(MONTH, own, List.of(google, meta, leads), new BigDecimal("2"));

        assertThat(codes(flags.get(1L))).containsExactly("OVERLAPPING_CLAIMS");
        assertThat(codes(flags.get(2L)))
                .containsExactly("CLAIMS_EXCEED_ORDERS", "NEW_CUSTOMERS_UNSUPPORTED", "OVERLAPPING_CLAIMS");
        assertThat(flags).doesNotContainKey(3L); // a lead is never an order
        Flag overlap = flags.get(1L).get(0);
        assertThat(overlap.arguments().subList(0, 3))
                .containsExactly(new BigDecimal("200"), new BigDecimal("100"), new BigDecimal("2.00"));
    }

    @Test
    void nothingIsFlaggedForAMonthTheCompanysDataDoesNotCover() {
        VerifiedSales partial =
                new VerifiedSales(MONTH.atDay(1), MONTH.atEndOfMonth(), 20, 10, new BigDecimal("1000"), 1, Map.of());
        GroundTruth.Claim meta = claim(2, "META_ADS", sums("40000", "120", "180000", "40"), ConversionKind.PURCHASE);

        assertThat(ReconciliationRules.flags(MONTH, partial, List.of(meta), new BigDecimal("2")))
                .isEmpty();
    }
}
