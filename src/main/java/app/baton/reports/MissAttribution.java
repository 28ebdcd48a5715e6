package app.baton.reports;

import java.time.Instant;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * A missed target's attribution: the month and target (the KPI; a stage target or the term's), the cause and note,
 * who proposed it and when, who accepted it for each side; agreed when both have.
 */
public record MissAttribution(
        long id,
        YearMonth month,
        EngagementKpi kpi,
        boolean stage,
        MissCause cause,
        String note,
        Party proposedSide,
        String proposedBy,
        Instant proposedAt,
        @Nullable String companyAcceptedBy,
        @Nullable String agencyAcceptedBy) {

    public boolean agreed() {
        return companyAcceptedBy != null && agencyAcceptedBy != null;
    }
}
