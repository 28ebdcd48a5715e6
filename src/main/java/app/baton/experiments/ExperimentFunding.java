package app.baton.experiments;

import app.baton.budgets.BudgetPlanQueryService;
import app.baton.budgets.BudgetRequestService;
import app.baton.budgets.PlanStatus;
import app.baton.budgets.PlanView;
import app.baton.budgets.RequestCommand;
import app.baton.budgets.RequestId;
import app.baton.budgets.RequestKind;
import app.baton.budgets.Tier;
import app.baton.experiments.internal.ExperimentEntity;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipRole;
import app.baton.shared.DomainException;
import app.baton.shared.i18n.Messages;
import app.baton.shared.web.BaseUrl;
import app.baton.tenancy.MembershipService;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The money a conclusion asks for: which months of which plan it may go into, and the budget request it opens in the
 * proposer's name with the experiment as evidence. Called from secured services only.
 */
@Component
class ExperimentFunding {

    private final BudgetPlanQueryService plans;
    private final BudgetRequestService budgetRequests;
    private final MembershipService memberships;
    private final ExperimentReads reads;
    private final CurrentUser currentUser;
    private final BaseUrl baseUrl;
    private final MessageSource messages;

    ExperimentFunding(
            BudgetPlanQueryService plans,
            BudgetRequestService budgetRequests,
            MembershipService memberships,
            ExperimentReads reads,
            CurrentUser currentUser,
            BaseUrl baseUrl,
            MessageSource messages) {
        this.plans = plans;
        this.budgetRequests = budgetRequests;
        this.memberships = memberships;
        this.reads = reads;
        this.currentUser = currentUser;
        this.baseUrl = baseUrl;
        this.messages = messages;
    }

    /** The plan's months from next month on (its last month when the year is over); none without an active plan. */
    List<YearMonth> monthsForMoney(ExperimentEntity experiment) {
        return planForMoney(experiment).map(this::monthsAhead).orElse(List.of());
    }

    /** Opens the increase request for {@code amount} into {@code tier}, from {@code firstMonth} (or next month). */
    RequestId openRequest(
            ExperimentEntity experiment,
            Tier tier,
            BigDecimal amount,
            Conclusion decision,
            @Nullable String note,
            @Nullable YearMonth firstMonth) {
        PlanView plan = planForMoney(experiment).orElseThrow(() -> new DomainException("experiment.noActivePlan"));
        // the money goes into the months still ahead, from the one the founder chose
        List<YearMonth> ahead = monthsAhead(plan);
        if (firstMonth != null && !ahead.contains(firstMonth)) {
            throw new DomainException("experiment.conclude.monthOutsidePlan");
        }
        YearMonth start = firstMonth == null ? ahead.getFirst() : firstMonth;
        List<YearMonth> months = ahead.stream().filter(m -> !m.isBefore(start)).toList();
        MembershipRole proposerRole = memberships.members().stream()
                .filter(m -> m.userId() == experiment.proposerUserId())
                .map(MembershipService.MemberView::role)
                .findFirst()
                .orElseThrow(() -> new DomainException("experiment.proposerGone"));
        RequestCommand command = new RequestCommand(
                plan.id(),
                plan.changeCount(),
                RequestKind.INCREASE,
                amount,
                null,
                null,
                List.of(),
                tier,
                experiment.channelId(),
                months,
                requestReason(experiment, decision, note),
                baseUrl.get() + "experiments/" + experiment.id());
        return new RequestId(budgetRequests
                .submitFor(experiment.proposerUserId(), proposerRole, command)
                .row()
                .id());
    }

    /** The active plan of this year, or else the one the experiment ran in. */
    private Optional<PlanView> planForMoney(ExperimentEntity experiment) {
        List<PlanView> active = plans.plans().stream()
                .filter(p -> p.status() == PlanStatus.ACTIVE)
                .map(p -> plans.plan(p.id()))
                .toList();
        YearMonth thisMonth = YearMonth.from(reads.today());
        return active.stream()
                .filter(p -> p.months().contains(thisMonth))
                .findFirst()
                .or(() -> active.stream()
                        .filter(p -> p.months().contains(YearMonth.from(experiment.endDate())))
                        .findFirst());
    }

    private List<YearMonth> monthsAhead(PlanView plan) {
        YearMonth from = YearMonth.from(reads.today()).plusMonths(1);
        List<YearMonth> months =
                plan.months().stream().filter(m -> !m.isBefore(from)).toList();
        return months.isEmpty() ? List.of(plan.months().getLast()) : months;
    }

    /**
     * The reason of the request a conclusion opens, in the deciding founder's language (the request is read by the
     * founders and the successor of one family), with the founder's comment carried over.
     */
    private String requestReason(ExperimentEntity experiment, Conclusion decision, @Nullable String note) {
        Locale locale = Messages.supported(currentUser.require().languageTag());
        String reason = messages.getMessage(
                "experiment.requestReason." + decision.name(),
                new Object[] {Long.toString(experiment.id()), experiment.title()},
                locale);
        return note == null
                ? reason
                : messages.getMessage("experiment.requestReason.comment", new Object[] {reason, note}, locale);
    }
}
