package app.baton.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** What the company's own data shows for a period: in total and per channel (the empty code: unattributed). */
public record VerifiedSales(
        LocalDate from,
        LocalDate to,
        int daysCovered,
        int orders,
        BigDecimal revenue,
        int newCustomers,
        Map<String, ChannelFigures> byChannel) {

    /** Every day of the period has sales data. */
    public boolean complete() {
        return daysCovered == (int) (to.toEpochDay() - from.toEpochDay() + 1);
    }
}
