package app.baton.insights;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** What the meeting pack needs to put words on its numbers, in the reader's language. */
public interface PackLabels {

    String t(String key, Object... args);

    String channel(@Nullable Long channelId);

    String tier(app.baton.budgets.@Nullable Tier tier);

    String month(YearMonth month);

    String kpi(TrendKpi kpi, @Nullable BigDecimal value);
}
