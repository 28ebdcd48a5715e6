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
    STATED_CR,
    /** What counts as a conversion (Meta's result indicator, Google's conversion action, GA4's key event). */
    CONVERSION_DEFINITION,
    /** The attribution setting (e.g. "7-day click or 1-day view"). */
    ATTRIBUTION;

    /** Whether the column holds a number (the others hold dates or names). */
    public boolean numeric() {
        return this != DATE
                && this != PERIOD_START
                && this != PERIOD_END
                && this != CHANNEL
                && this != CAMPAIGN
                && this != CONVERSION_DEFINITION
                && this != ATTRIBUTION;
    }

    /** Shares stated in percent ({@code 3.91%}) are kept as fractions (0.0391). */
    public boolean share() {
        return this == STATED_CTR || this == STATED_CR;
    }
}
