package app.baton.security;

import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** One membership as security sees it: which company, which role, and the company's settings. */
public record MembershipInfo(
        long membershipId,
        long userId,
        long tenantId,
        String tenantName,
        MembershipRole role,
        @Nullable Long vendorOrganisationId,
        @Nullable String vendorOrganisationName,
        String currency,
        String timeZone) {

    public ZoneId zoneId() {
        return ZoneId.of(timeZone);
    }
}
