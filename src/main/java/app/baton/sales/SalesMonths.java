package app.baton.sales;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Claimed against verified for every month in [from, to], and how often a customer buys in a year. */
public record SalesMonths(
        Map<YearMonth, SalesComparison> months, @Nullable BigDecimal purchasesPerYear) {}
