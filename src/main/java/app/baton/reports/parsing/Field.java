package app.baton.reports.parsing;

import java.util.EnumSet;
import java.util.Set;

/** What a column means, whatever its header says in whichever language. */
public enum Field {
    /** The row's own day (Google Ads' {@code Day} segment, Meta's {@code Day} breakdown, the template's date). */
    DATE,
    PERIOD_START,
    PERIOD_END,
    CHANNEL,
    CAMPAIGN,
    /** Google Ads' ad group, Meta's ad set. A breakdown: two of one campaign on one day are not duplicates. */
    AD_GROUP,
    /** The ad (a breakdown). */
    AD,
    /** The device (a breakdown). */
    DEVICE,
    /** Google's network, Meta's platform (a breakdown). */
    NETWORK,
    /** The age band (a breakdown). */
    AGE,
    /** The gender (a breakdown). */
    GENDER,
    /** The placement (a breakdown). */
    PLACEMENT,
    /** The region (a breakdown). */
    REGION,
    /** The currency of a row ({@code Currency code}); a file's currency can also be named in a header. */
    CURRENCY,
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
    /** Cost per 1,000 impressions as the platform states it. */
    STATED_CPM,
    /** Conversion value per unit of cost as the platform states it (Google's {@code Conv. value / cost}). */
    STATED_ROAS,
    /** What counts as a conversion (Meta's result indicator, Google's conversion action, GA4's key event). */
    CONVERSION_DEFINITION,
    /** The attribution setting (e.g. "7-day click or 1-day view"). */
    ATTRIBUTION;

    private static final Set<Field> TEXT = EnumSet.of(
            DATE,
            PERIOD_START,
            PERIOD_END,
            CHANNEL,
            CAMPAIGN,
            AD_GROUP,
            AD,
            DEVICE,
            NETWORK,
            AGE,
            GENDER,
            PLACEMENT,
            REGION,
            CURRENCY,
            CONVERSION_DEFINITION,
            ATTRIBUTION);

    private static final Set<Field> BREAKDOWNS =
            EnumSet.of(AD_GROUP, AD, DEVICE, NETWORK, AGE, GENDER, PLACEMENT, REGION);

    /** Whether the column holds a number (the others hold dates or names). */
    public boolean numeric() {
        return !TEXT.contains(this);
    }

    /** Whether the column splits a campaign's day further (ad set, ad, device, network, age, …). */
    public boolean breakdown() {
        return BREAKDOWNS.contains(this);
    }

    /** Shares stated in percent ({@code 3.91%}) are kept as fractions (0.0391). */
    public boolean share() {
        return this == STATED_CTR || this == STATED_CR;
    }
}
