package app.baton.reports.parsing;

/** What a column means, whatever its header says in whichever language. */
public enum Field {
    /** The row's own day (Google Ads' {@code Day} segment, Meta's {@code Day} breakdown, the template's date). */
    DATE(Kind.TEXT),
    PERIOD_START(Kind.TEXT),
    PERIOD_END(Kind.TEXT),
    CHANNEL(Kind.TEXT),
    CAMPAIGN(Kind.TEXT),
    /** Google Ads' ad group, Meta's ad set. A breakdown: two of one campaign on one day are not duplicates. */
    AD_GROUP(Kind.BREAKDOWN),
    /** The ad (a breakdown). */
    AD(Kind.BREAKDOWN),
    /** The device (a breakdown). */
    DEVICE(Kind.BREAKDOWN),
    /** Google's network, Meta's platform (a breakdown). */
    NETWORK(Kind.BREAKDOWN),
    /** The age band (a breakdown). */
    AGE(Kind.BREAKDOWN),
    /** The gender (a breakdown). */
    GENDER(Kind.BREAKDOWN),
    /** The placement (a breakdown). */
    PLACEMENT(Kind.BREAKDOWN),
    /** The region (a breakdown). */
    REGION(Kind.BREAKDOWN),
    /** The currency of a row ({@code Currency code}); a file's currency can also be named in a header. */
    CURRENCY(Kind.TEXT),
    IMPRESSIONS(Kind.NUMBER),
    CLICKS(Kind.NUMBER),
    COST(Kind.NUMBER),
    CONVERSIONS(Kind.NUMBER),
    CONVERSION_VALUE(Kind.NUMBER),
    NEW_CUSTOMERS(Kind.NUMBER),
    SESSIONS(Kind.NUMBER),
    USERS(Kind.NUMBER),
    REACH(Kind.NUMBER),
    STATED_CTR(Kind.NUMBER),
    STATED_CPC(Kind.NUMBER),
    STATED_CPA(Kind.NUMBER),
    STATED_CR(Kind.NUMBER),
    /** Cost per 1,000 impressions as the platform states it. */
    STATED_CPM(Kind.NUMBER),
    /** Conversion value per unit of cost as the platform states it (Google's {@code Conv. value / cost}). */
    STATED_ROAS(Kind.NUMBER),
    /** What counts as a conversion (Meta's result indicator, Google's conversion action, GA4's key event). */
    CONVERSION_DEFINITION(Kind.TEXT),
    /** The attribution setting (e.g. "7-day click or 1-day view"). */
    ATTRIBUTION(Kind.TEXT);

    /** What a column holds: a number, a date or name, or a breakdown of the campaign's day. */
    private enum Kind {
        NUMBER,
        TEXT,
        BREAKDOWN
    }

    private final Kind kind;

    Field(Kind kind) {
        this.kind = kind;
    }

    /** Whether the column holds a number (the others hold dates or names). */
    public boolean numeric() {
        return kind == Kind.NUMBER;
    }

    /** Whether the column splits a campaign's day further (ad set, ad, device, network, age, …). */
    public boolean breakdown() {
        return kind == Kind.BREAKDOWN;
    }

    /** Shares stated in percent ({@code 3.91%}) are kept as fractions (0.0391). */
    public boolean share() {
        return this == STATED_CTR || this == STATED_CR;
    }
}
