package app.baton.reports.parsing;

/** What a column means, whatever its header says in whichever language. */
public enum Field {
    DATE,
    PERIOD_START,
    PERIOD_END,
    CHANNEL,
    CAMPAIGN,
    IMPRESSIONS,
    CLICKS,
    COST,
    CONVERSIONS,
    CONVERSION_VALUE,
    NEW_CUSTOMERS,
    SESSIONS,
    USERS,
    REACH,
    STATED_CTR,
    STATED_CPC,
    STATED_CPA,
    STATED_CR;

    /** Whether the column holds a number (the others hold dates or names). */
    public boolean numeric() {
        return this != DATE && this != PERIOD_START && this != PERIOD_END && this != CHANNEL && this != CAMPAIGN;
    }

    /** Shares stated in percent ({@code 3.91%}) are kept as fractions (0.0391). */
    public boolean share() {
        return this == STATED_CTR || this == STATED_CR;
    }
}
