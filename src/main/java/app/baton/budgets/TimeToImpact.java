package app.baton.budgets;

import java.time.YearMonth;

/**
 * How long a kind of channel takes to show its effect, by the goals both generations agreed for a month (issue 18,
 * decision 020): SEO, content and brand in months, search and social ads in weeks. The goals are read by the module
 * that keeps them (insights), so it provides this; experiments flag a short test on a slow channel with it.
 */
public interface TimeToImpact {

    /**
     * Whole months a channel of {@code kind} needs before its results can be judged, by the goals in force in {@code
     * month} (the seeds' defaults when none are agreed): weeks rounded up to months; 0 for {@link ChannelKind#OTHER}.
     */
    int months(ChannelKind kind, YearMonth month);
}
