package app.baton.load;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Random;

/** A month's report in Baton's template, as an agency exports it: daily rows of two campaigns, plausible figures. */
final class Reports {

    private Reports() {}

    static byte[] csv(YearMonth month, Random random) {
        StringBuilder text = new StringBuilder(
                "date,channel,campaign,impressions,clicks,cost,conversions,conversion_value,new_customers\n");
        String[][] campaigns = {{"GOOGLE_ADS", "品牌關鍵字"}, {"META_ADS", "年節禮盒再行銷"}};
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            for (String[] campaign : campaigns) {
                int clicks = 150 + random.nextInt(120);
                int impressions = clicks * (30 + random.nextInt(20));
                int conversions = clicks / (15 + random.nextInt(10));
                long cost = Math.round(clicks * (4 + random.nextDouble() * 3));
                long value = conversions * (1_300L + random.nextInt(400));
                text.append(month.atDay(day)).append(',')
                        .append(campaign[0]).append(',')
                        .append(campaign[1]).append(',')
                        .append(impressions).append(',')
                        .append(clicks).append(',')
                        .append(cost).append(',')
                        .append(conversions).append(',')
                        .append(value).append(',')
                        .append(Math.max(1, conversions / 3))
                        .append('\n');
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
