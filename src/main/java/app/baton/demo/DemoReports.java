package app.baton.demo;

import app.baton.budgets.ChannelService;
import app.baton.reports.EngagementKpi;
import app.baton.reports.EngagementService;
import app.baton.reports.EngagementTarget;
import app.baton.reports.ReportService;
import app.baton.reports.ReportVersionQueryService;
import app.baton.reports.ReviewService;
import app.baton.reports.ReviewStatus;
import app.baton.security.AccountSummary;
import app.baton.security.MembershipDirectory;
import app.baton.shared.CompanyDefaults;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The demo agency's engagement with 林記食品: three earlier months accepted, and last month's report submitted with
 * conversions far above their history, so the history-based checks and the review can be tried at once. Its claims
 * are set against the shop's own orders (DemoSales): below them in the first two months, Google and Meta together
 * 1.4 times the orders two months ago (OVERLAPPING_CLAIMS), and last month Meta alone more purchases than the shop
 * received (CLAIMS_EXCEED_ORDERS on the waiting report).
 */
@Component
@app.baton.shared.DemoOnly
class DemoReports {

    private final EngagementService engagements;
    private final ReportService reports;
    private final ReviewService reviews;
    private final ReportVersionQueryService reportVersions;
    private final ChannelService channels;
    private final MembershipDirectory memberships;
    private final Clock clock;

    DemoReports(
            EngagementService engagements,
            ReportService reports,
            ReviewService reviews,
            ReportVersionQueryService reportVersions,
            ChannelService channels,
            MembershipDirectory memberships,
            Clock clock) {
        this.engagements = engagements;
        this.reports = reports;
        this.reviews = reviews;
        this.reportVersions = reportVersions;
        this.channels = channels;
        this.memberships = memberships;
        this.clock = clock;
    }

    /** Google's and Meta's claimed purchases, as shares of the shop's orders, four months ago to last month. */
    private static final double[][] CLAIMED = {{0.45, 0.40}, {0.50, 0.42}, {0.80, 0.60}, {0.80, 1.15}};

    void seed(long tenantId, AccountSummary founder, AccountSummary vendor, java.util.Map<YearMonth, Integer> orders) {
        seed(tenantId, founder, vendor, "亮點廣告 Bright Ads", orders);
    }

    /** The same story with the agency of that name (the load harness's companies each have their own). */
    void seed(
            long tenantId,
            AccountSummary founder,
            AccountSummary vendor,
            String agencyName,
            java.util.Map<YearMonth, Integer> orders) {
        YearMonth now = YearMonth.from(LocalDate.now(clock.withZone(CompanyDefaults.ZONE)));
        YearMonth first = now.minusMonths(4);
        long engagementId = DemoActor.as(memberships, founder, tenantId, () -> {
            Set<Long> scope = Set.copyOf(channels.channels().stream()
                    .filter(c -> "GOOGLE_ADS".equals(c.code()) || "META_ADS".equals(c.code()))
                    .map(ChannelService.ChannelView::id)
                    .toList());
            return engagements
                    .create(new EngagementService.Form(
                            agencyName,
                            "Google 與 Meta 廣告代操",
                            scope,
                            "每月廣告投放、素材 4 組、月報與檢討會議",
                            "關鍵字與受眾設定、出價、素材製作、月報",
                            "產品與價格決策、官網與到達頁、客服",
                            BigDecimal.valueOf(30_000),
                            BigDecimal.valueOf(250_000),
                            first.atDay(1),
                            first.plusMonths(12).atDay(1).minusDays(1),
                            EngagementService.DEFAULT_DUE_DAY,
                            List.of(
                                    new EngagementTarget(EngagementKpi.ROAS, null, new BigDecimal("3")),
                                    new EngagementTarget(EngagementKpi.CPA, null, BigDecimal.valueOf(600)),
                                    new EngagementTarget(
                                            EngagementKpi.ROAS, now.minusMonths(1), new BigDecimal("3.5"))),
                            app.baton.reports.ConversionKind.PURCHASE,
                            "",
                            java.util.Map.of()))
                    .id();
        });
        Random random = new Random(42);
        for (int i = 4; i >= 1; i--) {
            YearMonth month = now.minusMonths(i);
            boolean spike = i == 1;
            int shop = orders.getOrDefault(month, 2_300);
            double[] shares = CLAIMED[4 - i];
            byte[] file = csv(month, random, (int) Math.round(shop * shares[0]), (int) Math.round(shop * shares[1]))
                    .getBytes(StandardCharsets.UTF_8);
            long versionId = DemoActor.as(
                    memberships,
                    vendor,
                    tenantId,
                    () -> reports.upload(
                                    engagementId,
                                    month,
                                    "bright-ads-" + month + ".csv",
                                    new ByteArrayInputStream(file),
                                    spike ? "本月轉換大幅成長，詳見附件說明。" : null,
                                    List.of())
                            .versionId());
            if (!spike) {
                DemoActor.as(memberships, founder, tenantId, () -> {
                    long version = reportVersions.version(versionId).version();
                    reviews.review(versionId, version, ReviewStatus.ACCEPTED, null);
                    return null;
                });
            }
        }
    }

    /** Weekly rows of two campaigns in the Baton template, their conversions adding up to each platform's claim. */
    private static String csv(YearMonth month, Random random, int googleClaim, int metaClaim) {
        StringBuilder text = new StringBuilder(
                "date,channel,campaign,impressions,clicks,cost,conversions,conversion_value,new_customers\n");
        int weeks = (month.lengthOfMonth() + 6) / 7;
        int[] left = {googleClaim, metaClaim};
        for (int day = 1, week = 0; day <= month.lengthOfMonth(); day += 7, week++) {
            String[][] campaigns = {{"GOOGLE_ADS", "品牌關鍵字"}, {"META_ADS", "年節禮盒再行銷"}};
            for (int c = 0; c < campaigns.length; c++) {
                String[] campaign = campaigns[c];
                int conversions = week == weeks - 1 ? left[c] : left[c] / (weeks - week);
                left[c] -= conversions;
                // enough traffic behind the claim that no row claims more purchases than clicks
                int clicks = Math.max(conversions * 5 / 4, 1_100 + random.nextInt(900));
                int impressions = clicks * 1000 / (20 + random.nextInt(15));
                BigDecimal cost = BigDecimal.valueOf(clicks)
                        .multiply(BigDecimal.valueOf(4 + random.nextInt(300) / 100.0))
                        .setScale(0, RoundingMode.HALF_UP);
                BigDecimal value =
                        BigDecimal.valueOf(conversions).multiply(BigDecimal.valueOf(1_350 + random.nextInt(400)));
                int newCustomers = Math.max(1, conversions / 3 + random.nextInt(3));
                text.append(month.atDay(day))
                        .append(',')
                        .append(campaign[0])
                        .append(',')
                        .append(campaign[1])
                        .append(',')
                        .append(impressions)
                        .append(',')
                        .append(clicks)
                        .append(',')
                        .append(cost.toPlainString())
                        .append(',')
                        .append(conversions)
                        .append(',')
                        .append(value.toPlainString())
                        .append(',')
                        .append(newCustomers)
                        .append('\n');
            }
        }
        return text.toString();
    }
}
