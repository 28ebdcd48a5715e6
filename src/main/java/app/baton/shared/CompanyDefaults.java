package app.baton.shared;

import java.time.ZoneId;

/**
 * What a new company starts with until it says otherwise: Taiwan's time zone and currency. Each company's own zone
 * and currency are stored with it and read from the signed-in membership; these are only the starting values, and
 * the zone of work that belongs to no company (the nightly audit check).
 */
public final class CompanyDefaults {

    /** Asia/Taipei, as a constant for annotations ({@code @Scheduled(zone = …)}). */
    public static final String ZONE_ID = "Asia/Taipei";

    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    /** New Taiwan dollars. */
    public static final String CURRENCY = "TWD";

    private CompanyDefaults() {}
}
