package app.baton.sales;

import java.math.BigDecimal;

/** One channel's verified figures. */
public record ChannelFigures(int orders, BigDecimal revenue, int newCustomers) {}
