package app.baton.sales;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Shop exports for the tests, made in Shopify's layout (one line item per order, a second for every third). */
public final class SalesFixtures {

    private SalesFixtures() {}

    /** The engagement's own form with another definition of a conversion, to change only that. */
    public static app.baton.reports.EngagementService.Form withConversion(
            app.baton.reports.EngagementView e, app.baton.reports.ConversionKind kind, String definition) {
        return form(e, kind, definition, e.feeSplit());
    }

    /** The engagement's own form with its monthly fee split over its channels as given (channel id → percent). */
    public static app.baton.reports.EngagementService.Form withFeeSplit(
            app.baton.reports.EngagementView e, java.util.Map<Long, Integer> split) {
        return form(e, e.conversionKind(), e.conversionDefinition(), split);
    }

    private static app.baton.reports.EngagementService.Form form(
            app.baton.reports.EngagementView e,
            app.baton.reports.ConversionKind kind,
            String definition,
            java.util.Map<Long, Integer> split) {
        return new app.baton.reports.EngagementService.Form(
                e.agencyName(),
                e.title(),
                java.util.Set.copyOf(e.channelIds()),
                e.deliverables(),
                e.vendorDuties(),
                e.inHouseDuties(),
                e.monthlyFee(),
                e.mediaSpendCap(),
                e.start(),
                e.end(),
                e.dueDay(),
                e.targets(),
                kind,
                definition,
                split);
    }

    /** An engagement of the company's agency on Google Ads and Meta Ads, for 2026–2027. */
    public static app.baton.reports.EngagementView googleAndMeta(
            app.baton.TestFixtures.Companies companies,
            app.baton.TestFixtures.Company c,
            app.baton.reports.EngagementService engagements,
            app.baton.budgets.ChannelService channels)
            throws Exception {
        return companies.as(c.founder(), () -> {
            java.util.Set<Long> scope = java.util.Set.copyOf(channels.channels().stream()
                    .filter(ch -> "GOOGLE_ADS".equals(ch.code()) || "META_ADS".equals(ch.code()))
                    .map(app.baton.budgets.ChannelService.ChannelView::id)
                    .toList());
            return engagements.create(new app.baton.reports.EngagementService.Form(
                    c.vendor().membership().vendorOrganisationName(),
                    "Search and social",
                    scope,
                    "monthly campaigns",
                    "bids, creatives, reports",
                    "pricing, landing pages",
                    java.math.BigDecimal.valueOf(30_000),
                    java.math.BigDecimal.valueOf(10_000_000),
                    LocalDate.of(2026, 1, 1),
                    LocalDate.of(2027, 12, 31),
                    10,
                    java.util.List.of(new app.baton.reports.EngagementTarget(
                            app.baton.reports.EngagementKpi.ROAS, null, new java.math.BigDecimal("3"))),
                    app.baton.reports.ConversionKind.PURCHASE,
                    "",
                    java.util.Map.of()));
        });
    }

    /**
     * {@code perDay} paid orders of 1,000 on each day of [from, to], customers {@code customer<n>@example.com} taken in
     * turn from {@code customers} people, every tenth order cancelled on top.
     */
    public static byte[] shopify(LocalDate from, LocalDate to, int perDay, int customers) {
        return shopify(from, to, perDay, customers, "");
    }

    /** As {@link #shopify(LocalDate, LocalDate, int, int)}, every paid order with the discount code {@code code}. */
    public static byte[] shopify(LocalDate from, LocalDate to, int perDay, int customers, String code) {
        StringBuilder csv = new StringBuilder(
                "Name,Email,Financial Status,Paid at,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,"
                        + "Created at,Lineitem quantity,Lineitem name,Billing Name,Phone,Cancelled at,Refunded Amount\n");
        int n = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            for (int i = 0; i < perDay; i++) {
                n++;
                String time = d + " " + String.format("%02d", 9 + i % 12) + ":15:00 +0800";
                String email = "Customer" + (n % customers) + "@Example.com";
                csv.append("#")
                        .append(10_000 + n)
                        .append(',')
                        .append(email)
                        .append(",paid,")
                        .append(time)
                        .append(",TWD,1000,0,0,1000,")
                        .append(code)
                        .append(",0,")
                        .append(time)
                        .append(",1,禮盒,王小明,0912")
                        .append(String.format("%06d", n % customers))
                        .append(",,0\n");
                if (n % 3 == 0) {
                    csv.append("#").append(10_000 + n).append(",,,,,,,,,,,,1,提袋,,,,\n");
                }
                if (n % 10 == 0) {
                    csv.append("#C")
                            .append(n)
                            .append(',')
                            .append(email)
                            .append(",voided,,TWD,500,0,0,500,,0,")
                            .append(time)
                            .append(",1,禮盒,王小明,,")
                            .append(time)
                            .append(",0\n");
                }
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
