package app.baton.budgets;

/** The three parts of a marketing budget. Translated as {@code tier.<NAME>}. */
public enum Tier {
    /** 基礎穩健型: proven channels, founder-led. */
    FOUNDATION,
    /** 成長實驗型: the successor's experiments. */
    EXPERIMENT,
    /** 應急預備金: for surprises and opportunities. */
    RESERVE
}
