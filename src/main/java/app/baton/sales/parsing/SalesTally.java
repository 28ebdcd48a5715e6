package app.baton.sales.parsing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Adds up what {@link SalesReader} reads, per day and channel, while writing each kept order to the rows file; at the
 * end tells who was a new customer (first order seen for the key, or the platform's own flag). Holds per customer one
 * key and one day, never the orders themselves.
 */
public final class SalesTally implements SalesReader.Sink {

    /** A day's figures for one channel (the empty code: not attributed). */
    public record Day(LocalDate day, String channel, int orders, BigDecimal revenue, int newCustomers) {}

    /** What an upload adds up to, and the customers whose first order the store must learn. */
    public record Result(
            @Nullable LocalDate first,
            @Nullable LocalDate last,
            int orders,
            int cancelled,
            BigDecimal revenue,
            int newCustomers,
            int customers,
            List<Day> days,
            Map<String, LocalDate> firstOrders) {}

    private static final class Figures {
        int orders;
        BigDecimal revenue = BigDecimal.ZERO;
        int newCustomers;
    }

    private static final class Customer {
        LocalDate first;
        String channel;

        Customer(LocalDate first, String channel) {
            this.first = first;
            this.channel = channel;
        }
    }

    private final Map<LocalDate, Map<String, Figures>> days = new HashMap<>();
    private final Map<String, Customer> customers = new HashMap<>();
    private final @Nullable RowSink rows;
    private @Nullable LocalDate first;
    private @Nullable LocalDate last;
    private int orders;
    private int cancelled;
    private BigDecimal revenue = BigDecimal.ZERO;
    private int platformNew;
    private boolean header;

    private final Map<String, String> coupons;

    /** Where each kept order or daily total goes as a row of values (the upload's rows file). */
    @FunctionalInterface
    public interface RowSink {
        void row(Object[] values) throws IOException;
    }

    /** A tally writing kept rows to {@code rows} (none when {@code null}). */
    public SalesTally(@Nullable CSVPrinter rows) {
        this(rows == null ? null : rows::printRecord, Map.of());
    }

    /**
     * A tally attributing orders also by the company's coupon codes ({@code coupons}: code as {@link
     * Attribution#couponKey} makes it → channel code): an order whose UTM tags name no channel, and which used a
     * code the company gave a channel, counts for that channel.
     */
    public SalesTally(@Nullable RowSink rows, Map<String, String> coupons) {
        this.rows = rows;
        this.coupons = coupons;
    }

    @Override
    public void order(SalesReader.Order order) {
        LocalDate day = order.time().toLocalDate();
        String channel = Attribution.channel(order.utmSource(), order.utmMedium());
        if (!coupons.isEmpty()
                && order.coupon() != null
                && (channel.equals(Attribution.NONE) || channel.equals(Attribution.OTHER))) {
            String byCoupon = coupons.get(Attribution.couponKey(order.coupon()));
            if (byCoupon != null) {
                channel = byCoupon;
            }
        }
        print(
                List.of(
                        "line",
                        "order",
                        "time",
                        "amount",
                        "counted",
                        "customer",
                        "new",
                        "utm_source",
                        "utm_medium",
                        "utm_campaign",
                        "coupon",
                        "channel"),
                order.line(),
                order.orderId(),
                order.time(),
                order.amount().toPlainString(),
                order.counted(),
                text(order.customerKey()),
                order.platformNew() == null ? "" : order.platformNew(),
                text(order.utmSource()),
                text(order.utmMedium()),
                text(order.utmCampaign()),
                text(order.coupon()),
                channel);
        if (!order.counted()) {
            cancelled++;
            return;
        }
        span(day);
        Figures f = figures(day, channel);
        f.orders++;
        f.revenue = f.revenue.add(order.amount());
        orders++;
        revenue = revenue.add(order.amount());
        if (order.platformNew() != null) {
            if (order.platformNew()) {
                f.newCustomers++;
                platformNew++;
            }
        } else if (order.customerKey() != null) {
            Customer c = customers.get(order.customerKey());
            if (c == null) {
                customers.put(order.customerKey(), new Customer(day, channel));
            } else if (day.isBefore(c.first)) {
                c.first = day;
                c.channel = channel;
            }
        }
    }

    @Override
    public void daily(SalesReader.DailyTotal total) {
        print(
                List.of("line", "date", "channel", "orders", "revenue", "new_customers"),
                total.line(),
                total.day(),
                total.channel(),
                total.orders(),
                total.revenue().toPlainString(),
                total.newCustomers() == null ? "" : total.newCustomers());
        span(total.day());
        // a store or a channel the company does not track online is not attributed
        String channel = total.channel().matches("[A-Z_]{2,40}") ? total.channel() : Attribution.NONE;
        Figures f = figures(total.day(), channel);
        f.orders += total.orders();
        f.revenue = f.revenue.add(total.revenue());
        orders += total.orders();
        revenue = revenue.add(total.revenue());
        if (total.newCustomers() != null) {
            f.newCustomers += total.newCustomers();
            platformNew += total.newCustomers();
        }
    }

    /**
     * The result, given each known customer's first order day: a customer is new on the day of their first order in
     * this file unless an earlier order is known; a re-upload of the same days counts them again.
     */
    public Result finish(Map<String, LocalDate> known) {
        int newCustomers = platformNew;
        Map<String, LocalDate> firstOrders = new HashMap<>();
        for (Map.Entry<String, Customer> e : customers.entrySet()) {
            Customer c = e.getValue();
            LocalDate before = known.get(e.getKey());
            if (before == null || !before.isBefore(c.first)) {
                figures(c.first, c.channel).newCustomers++;
                newCustomers++;
                if (before == null || before.isAfter(c.first)) {
                    firstOrders.put(e.getKey(), c.first);
                }
            }
        }
        List<Day> out = new ArrayList<>();
        days.forEach((day, byChannel) ->
                byChannel.forEach((channel, f) -> out.add(new Day(day, channel, f.orders, f.revenue, f.newCustomers))));
        out.sort(java.util.Comparator.comparing(Day::day).thenComparing(Day::channel));
        return new Result(first, last, orders, cancelled, revenue, newCustomers, customers.size(), out, firstOrders);
    }

    /** The customer keys seen, to look up what is known of them. */
    public java.util.Set<String> customerKeys() {
        return customers.keySet();
    }

    private Figures figures(LocalDate day, String channel) {
        return days.computeIfAbsent(day, d -> new HashMap<>()).computeIfAbsent(channel, c -> new Figures());
    }

    private void span(LocalDate day) {
        if (first == null || day.isBefore(first)) {
            first = day;
        }
        if (last == null || day.isAfter(last)) {
            last = day;
        }
    }

    private void print(List<String> names, Object... values) {
        if (rows == null) {
            return;
        }
        try {
            if (!header) {
                rows.row(names.toArray());
                header = true;
            }
            rows.row(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
