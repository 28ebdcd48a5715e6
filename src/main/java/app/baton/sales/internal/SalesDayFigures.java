package app.baton.sales.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One day's figures of one channel in a sales upload, read as values rather than entities: the dashboard and the
 * meeting read a year of them on every visit (issue 16).
 */
public record SalesDayFigures(
        long uploadId, LocalDate day, String channelCode, int orders, BigDecimal revenue, int newCustomers) {}
