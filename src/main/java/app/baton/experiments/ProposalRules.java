package app.baton.experiments;

import app.baton.budgets.ChannelService;
import app.baton.budgets.ChannelService.ChannelView;
import app.baton.reports.EngagementQueryService;
import app.baton.shared.DomainException;
import app.baton.shared.Money;
import app.baton.shared.TextLimits;
import app.baton.shared.ids.EngagementId;
import app.baton.shared.validation.CommandCheck;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a proposal must be before it is stored: a title and hypothesis within their limits, an active channel of the
 * company, a budget above zero in the company's currency, dates from today on with the end after the start, valid
 * pre-registered metrics, and an engagement of this company if one is named. Called from secured services only.
 */
@Component
class ProposalRules {

    private final ChannelService channels;
    private final EngagementQueryService engagements;
    private final ExperimentReads reads;
    private final CommandCheck commands;

    ProposalRules(
            ChannelService channels, EngagementQueryService engagements, ExperimentReads reads, CommandCheck commands) {
        this.channels = channels;
        this.engagements = engagements;
        this.reads = reads;
        this.commands = commands;
    }

    /** The proposal as it will be stored, or a translated refusal of the first thing wrong with it. */
    Proposal validate(Proposal proposal) {
        String title = proposal.title().strip();
        String hypothesis = proposal.hypothesis().strip();
        // the record's own constraints (the text limits), on the text as it will be stored
        commands.check(new Proposal(
                title,
                hypothesis,
                proposal.channelId(),
                proposal.method(),
                proposal.requestedBudget(),
                proposal.startDate(),
                proposal.endDate(),
                proposal.metrics(),
                proposal.engagementId(),
                null));
        AbTestPlan abTest = abTest(proposal);
        ChannelView channel = channels.channels().stream()
                .filter(c -> c.id() == proposal.channelId())
                .findFirst()
                .orElseThrow(() -> new DomainException("budget.channel.notFound"));
        if (channel.archived()) {
            throw new DomainException("budget.channel.archived");
        }
        BigDecimal budget = Money.exact(positive(proposal.requestedBudget()), reads.currency());
        if (!proposal.endDate().isAfter(proposal.startDate())) {
            throw new DomainException("experiment.endBeforeStart");
        }
        if (proposal.startDate().isBefore(reads.today())) {
            throw new DomainException("experiment.startInPast");
        }
        Metric.validate(proposal.metrics());
        if (proposal.engagementId() != null) {
            // an engagement of this company (another company's id is simply not found)
            engagements.engagement(new EngagementId(proposal.engagementId()));
        }
        return new Proposal(
                title,
                hypothesis,
                proposal.channelId(),
                proposal.method(),
                budget,
                proposal.startDate(),
                proposal.endDate(),
                proposal.metrics().stream().map(m -> m.withActual(null)).toList(),
                proposal.engagementId(),
                abTest);
    }

    /**
     * An A/B test's plan: required for the method AB_TEST, checked against its constraints and sized (a baseline and
     * effect past 100 % is refused); for any other method there is none.
     */
    private @Nullable AbTestPlan abTest(Proposal proposal) {
        if (proposal.method() != ExperimentMethod.AB_TEST) {
            return null;
        }
        if (proposal.abTest() == null) {
            throw new DomainException("experiment.ab.planRequired");
        }
        AbTestPlan plan = commands.check(proposal.abTest());
        AbTest.sampleSize(plan);
        return plan;
    }

    /** The amount, refused unless above zero. */
    static BigDecimal positive(@Nullable BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            throw new DomainException("request.amountPositive");
        }
        return amount;
    }

    /** A comment or reason as stored: stripped, refused above {@link TextLimits#TEXT}. */
    static String limit(String text) {
        String clean = text.strip();
        if (clean.length() > TextLimits.TEXT) {
            throw new DomainException("request.textTooLong", TextLimits.TEXT);
        }
        return clean;
    }
}
