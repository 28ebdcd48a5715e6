package app.baton.experiments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a proposer writes: the experiment and its one to five pre-registered success metrics. */
public record Proposal(
        String title,
        String hypothesis,
        long channelId,
        ExperimentMethod method,
        BigDecimal requestedBudget,
        LocalDate startDate,
        LocalDate endDate,
        List<Metric> metrics) {}
