package app.baton.demo;

import app.baton.sales.SalesService;
import app.baton.security.AccountSummary;
import app.baton.security.MembershipDirectory;
import app.baton.shared.CompanyDefaults;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * A year of 林記食品's shop orders in Shopify's export layout (about 30,000 orders from some 11,000 customers, with
 * 年節, 中秋 and 雙11 in them), uploaded by the founder through the same service as a real export: one file, read and
 * stored in bulk (day figures and customers in batches), so start-up stays fast.
 */
@Component
@app.baton.shared.DemoOnly
class DemoSales {

    /** How busy each month is against an ordinary one: 年節 in Jan–Feb, 中秋 in September, 雙11 in November. */
    private static final double[] SEASON = {1.35, 1.55, 0.85, 0.85, 0.9, 0.9, 0.85, 0.9, 1.25, 0.95, 1.45, 1.15};

    private static final int ORDINARY_MONTH = 2_300;
    private static final int CUSTOMERS = 11_000;

    private final SalesService sales;
    private final MembershipDirectory memberships;

    DemoSales(SalesService sales, MembershipDirectory memberships) {
        this.sales = sales;
        this.memberships = memberships;
    }

    /** Uploads the twelve months before {@code now}'s month; returns the paid orders of each month. */
    Map<YearMonth, Integer> seed(long tenantId, AccountSummary founder, YearMonth now) {
        Map<YearMonth, Integer> orders = new LinkedHashMap<>();
        byte[] file = export(now.minusMonths(12), now.minusMonths(1), orders);
        DemoActor.as(
                memberships,
                founder,
                tenantId,
                () -> sales.upload(
                        "orders_export_" + now.minusMonths(12) + "_" + now.minusMonths(1) + ".csv",
                        new ByteArrayInputStream(file)));
        return orders;
    }

    static byte[] export(YearMonth first, YearMonth last, Map<YearMonth, Integer> counted) {
        Random random = new Random(2026);
        StringBuilder csv = new StringBuilder(
                "Name,Email,Financial Status,Paid at,Fulfillment Status,Currency,Subtotal,Shipping,Taxes,Total,"
                        + "Discount Code,Discount Amount,Created at,Lineitem quantity,Lineitem name,Lineitem price,"
                        + "Billing Name,Phone,Cancelled at,Refunded Amount\n");
        String[] products = {"鳳梨酥禮盒", "月餅禮盒", "年節伴手禮", "烏龍茶包", "牛軋糖", "芝麻糕"};
        int number = 1000;
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            int target = (int)
                    Math.round(ORDINARY_MONTH * SEASON[m.getMonthValue() - 1] * (0.95 + random.nextDouble() * 0.1));
            int paid = 0;
            for (int i = 0; i < target; i++) {
                LocalDate day = m.atDay(1 + random.nextInt(m.lengthOfMonth()));
                String time = day + " " + two(8 + random.nextInt(15)) + ":" + two(random.nextInt(60)) + ":"
                        + two(random.nextInt(60)) + " +0800";
                // returning customers come back: a third of orders from the first thousand customers
                int customer = random.nextInt(3) == 0 ? random.nextInt(1_000) : random.nextInt(CUSTOMERS);
                int items = 1 + random.nextInt(3);
                int price = 380 + 40 * random.nextInt(30);
                int subtotal = price * items;
                int shipping = subtotal >= 1_500 ? 0 : 100;
                boolean coupon = random.nextInt(8) == 0;
                int discount = coupon ? 100 : 0;
                int total = subtotal - discount + shipping;
                int roll = random.nextInt(100);
                String status = roll < 3 ? "refunded" : roll < 5 ? "voided" : "paid";
                if (status.equals("paid")) {
                    paid++;
                }
                number++;
                csv.append('#')
                        .append(number)
                        .append(",customer")
                        .append(customer)
                        .append("@linfoods-demo.example,")
                        .append(status)
                        .append(',')
                        .append(status.equals("voided") ? "" : time)
                        .append(",fulfilled,TWD,")
                        .append(subtotal)
                        .append(',')
                        .append(shipping)
                        .append(",0,")
                        .append(total)
                        .append(',')
                        .append(coupon ? "MOON100" : "")
                        .append(',')
                        .append(discount)
                        .append(',')
                        .append(time)
                        .append(',')
                        .append(items)
                        .append(',')
                        .append(products[random.nextInt(products.length)])
                        .append(',')
                        .append(price)
                        .append(",顧客")
                        .append(customer)
                        .append(",09")
                        .append(String.format("%08d", customer))
                        .append(',')
                        .append(status.equals("voided") ? time : "")
                        .append(',')
                        .append(status.equals("refunded") ? total : 0)
                        .append('\n');
                if (items > 1) {
                    // Shopify writes each further line item on its own row, the order's fields left blank
                    csv.append('#').append(number).append(",,,,,,,,,,,,,1,提袋,0,,,,\n");
                }
            }
            counted.put(m, paid);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** This month in Taipei, by the given clock. */
    static YearMonth thisMonth(java.time.Clock clock) {
        return YearMonth.from(LocalDate.now(clock.withZone(CompanyDefaults.ZONE)));
    }
}
