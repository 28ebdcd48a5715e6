package app.baton.selection;

import app.baton.reports.EngagementKpi;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A round with the candidates the reader may see; {@code goals}: the company's agreed targets for the term's
 * first month, for the KPIs a proposal can commit to (empty for an agency).
 */
public record RoundDetail(
        long id,
        String title,
        String need,
        List<Long> channelIds,
        LocalDate start,
        LocalDate end,
        LocalDate deadline,
        int termMonths,
        RoundState state,
        boolean deadlinePassed,
        @Nullable Long engagementId,
        List<CandidateView> candidates,
        Map<EngagementKpi, BigDecimal> goals) {

    /** Whether the founder may choose now: after the deadline, or once every candidate has proposed. */
    public boolean choosable() {
        return state == RoundState.OPEN
                && !candidates.isEmpty()
                && (deadlinePassed || candidates.stream().allMatch(c -> c.state() == CandidateState.PROPOSED));
    }
}
