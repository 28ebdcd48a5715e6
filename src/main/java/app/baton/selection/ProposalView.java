package app.baton.selection;

import app.baton.reports.EngagementKpi;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A proposal as the comparison shows it; {@code totalCost} is the fee and media over the term plus the set-up. */
public record ProposalView(
        String plan,
        List<Long> channelIds,
        String deliverables,
        BigDecimal monthlyFee,
        BigDecimal mediaBudget,
        BigDecimal setupFee,
        BigDecimal totalCost,
        Map<EngagementKpi, BigDecimal> targets,
        String references,
        String sampleReport,
        Instant submittedAt) {}
