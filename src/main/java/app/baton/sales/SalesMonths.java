package app.baton.sales;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Claimed against verified for every month in [from, to], and how often a customer buys in a year. */
public record SalesMonths(
        Map<YearMonth, SalesComparison> months, @Nullable BigDecimal purchasesPerYear) {

    /**
     * The orders the company's own data attributes (UTM or coupon) to channels known by {@code channelKeys} in
     * {@code months}, counting only months whose sales are complete and attributed; {@code null} when no such month
     * is among them. One definition for the dashboard's cost per verified order and the renewal review's.
     */
    public @Nullable Integer attributedOrders(Iterable<YearMonth> months, java.util.Collection<String> channelKeys) {
        Integer orders = null;
        for (YearMonth m : months) {
            SalesComparison c = this.months.get(m);
            if (c == null || !c.verified().complete()) {
                continue;
            }
            boolean attribution = c.verified().byChannel().keySet().stream().anyMatch(k -> !k.isEmpty());
            if (!attribution) {
                continue;
            }
            int own = 0;
            for (String key : channelKeys) {
                ChannelFigures figures = c.verified().byChannel().get(key);
                own += figures == null ? 0 : figures.orders();
            }
            orders = (orders == null ? 0 : orders) + own;
        }
        return orders;
    }
}
