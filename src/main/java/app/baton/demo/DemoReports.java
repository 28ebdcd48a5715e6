package app.baton.demo;

import app.baton.budgets.ChannelService;
import app.baton.reports.EngagementKpi;
import app.baton.reports.EngagementService;
import app.baton.reports.ReportService;
import app.baton.reports.ReviewService;
import app.baton.reports.ReviewStatus;
import app.baton.security.AccountSummary;
import app.baton.security.MembershipDirectory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The demo agency's engagement with 林記食品: three earlier months accepted, and last month's report submitted with
 * conversions far above their history, so the history-based checks and the review can be tried at once.
 */
@Component
@app.baton.shared.DemoOnly
class DemoReports {

    private final EngagementService engagements;
    private final ReportService reports;
    private final ReviewService reviews;
    private final ChannelService channels;
    private final MembershipDirectory memberships;
    private final Clock clock;

    DemoReports(
            EngagementService engagements,
            ReportService reports,
            ReviewService reviews,
            ChannelService channels,
            MembershipDirectory memberships,
            Clock clock) {
        this.engagements = engagements;
        this.reports = reports;
        this.reviews = reviews;
        this.channels = channels;
        this.memberships = memberships;
        this.clock = clock;
    }

    void seed(long tenantId, AccountSummary founder, AccountSummary vendor) {
        YearMonth now = YearMonth.from(LocalDate.now(clock.withZone(ZoneId.of("Asia/Taipei"))));
        YearMonth first = now.minusMonths(4);
        long engagementId = DemoActor.as(memberships, founder, tenantId, () -> {
            Set<Long> scope = Set.copyOf(channels.channels().stream()
                    .filter(c -> "GOOGLE_ADS".equals(c.code()) || "META_ADS".equals(c.code()))
                    .map(ChannelService.ChannelView::id)
                    .toList());
            return engagements
                    .create(new EngagementService.Form(
                            "亮點廣告 Bright Ads",
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
                                    new EngagementService.Target(EngagementKpi.ROAS, null, new BigDecimal("3")),
                                    new EngagementService.Target(EngagementKpi.CPA, null, BigDecimal.valueOf(600)),
                                    new EngagementService.Target(
                                            EngagementKpi.ROAS, now.minusMonths(1), new BigDecimal("3.5")))))
                    .id();
        });
        Random random = new Random(42);
        for (int i = 4; i >= 1; i--) {
            YearMonth month = now.minusMonths(i);
            boolean spike = i == 1;
            byte[] file = csv(month, random, spike).getBytes(StandardCharsets.UTF_8);
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
                    long version = reviews.version(versionId).version();
                    reviews.review(versionId, ReviewStatus.ACCEPTED, null, version);
                    return null;
                });
            }
        }
    }

    /** Weekly rows of two campaigns in the Baton template; conversions four times the usual in a spike month. */
    private static String csv(YearMonth month, Random random, boolean spike) {
        StringBuilder text = new StringBuilder(
                "date,channel,campaign,impressions,clicks,cost,conversions,conversion_value,new_customers\n");
        for (int day = 1; day <= month.lengthOfMonth(); day += 7) {
            for (String[] campaign : new String[][] {{"GOOGLE_ADS", "品牌關鍵字"}, {"META_ADS", "年節禮盒再行銷"}}) {
                int impressions = 40_000 + random.nextInt(25_000);
                int clicks = impressions * (20 + random.nextInt(15)) / 1000;
                BigDecimal cost = BigDecimal.valueOf(clicks)
                        .multiply(BigDecimal.valueOf(9 + random.nextInt(700) / 100.0))
                        .setScale(0, RoundingMode.HALF_UP);
                int conversions = Math.max(1, clicks * (18 + random.nextInt(14)) / 1000) * (spike ? 4 : 1);
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
