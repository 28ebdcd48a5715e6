package app.baton.budgets;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One cell a request changes, with its planned amount before and after. */
public record CellChange(Tier tier, long channelId, YearMonth month, BigDecimal before, BigDecimal after) {

    public BigDecimal delta() {
        return after.subtract(before);
    }
}
