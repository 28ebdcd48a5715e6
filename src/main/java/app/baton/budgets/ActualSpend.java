package app.baton.budgets;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The plan's actual spend by the one definition the dashboard uses (decision 015): media from accepted agency
 * reports (replacing what was entered for the same channel and month) or entered, agency fees, and experiments' spend;
 * committed is what approved experiments hold. The plan does not know reports, fees or experiments, so the module
 * that reads them (insights) provides this; the budget page shows its figures instead of the hand-entered spend alone,
 * so that the plan and the dashboard never disagree.
 */
public interface ActualSpend {

    /**
     * A tier's figures for the plan's year; {@code actualBesidesExperiments} is the actual spend that is not an
     * experiment's own (reports, entered spend, fees): experiments are held by their reservations already.
     */
    record Figures(BigDecimal planned, BigDecimal committed, BigDecimal actual, BigDecimal actualBesidesExperiments) {

        /** Planned minus committed minus actual: what is still free; negative when overspent. */
        public BigDecimal remaining() {
            return planned.subtract(committed).subtract(actual);
        }
    }

    /** The figures of each tier of the current company's plan for the fiscal year; empty without a plan. */
    Map<Tier, Figures> byTier(int fiscalYear);

    /** A channel within a tier. */
    record Place(Tier tier, long channelId) {}

    /** The same figures for each channel of each tier; empty without a plan. */
    Map<Place, Figures> byChannel(int fiscalYear);
}
