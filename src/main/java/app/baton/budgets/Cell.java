package app.baton.budgets;

/** One cell of a plan: a tier, a channel and a month (0 = the fiscal year's first month, up to 11). */
public record Cell(Tier tier, long channelId, int month) {

    public Cell {
        if (month < 0 || month > 11) {
            throw new IllegalArgumentException("month index out of range: " + month);
        }
    }
}
