package app.baton.experiments;

import app.baton.budgets.BudgetPlanQueryService;
import app.baton.budgets.BudgetRequestService;
import app.baton.budgets.PlanStatus;
import app.baton.budgets.PlanView;
import app.baton.budgets.RequestCommand;
import app.baton.budgets.RequestDetail;
import app.baton.budgets.RequestId;
import app.baton.budgets.RequestKind;
import app.baton.budgets.Tier;
import app.baton.experiments.internal.ExperimentEntity;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipRole;
import app.baton.shared.DomainException;
import app.baton.shared.TextLimits;
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
        return submit(
                experiment,
                plan,
                tier,
                amount,
                months,
                reason("experiment.requestReason." + decision.name(), experiment, note));
    }

    /**
     * Opens the request a check-in's "add budget" asks for: {@code amount} into the experiment tier for the months it
     * still runs in this plan (from this month to its end month; the plan's months ahead when it ends outside the
     * plan), in the proposer's name with the check-in's note as the reason.
     */
    RequestId openForCheckIn(ExperimentEntity experiment, int number, BigDecimal amount, String note) {
        PlanView plan = planForMoney(experiment).orElseThrow(() -> new DomainException("experiment.noActivePlan"));
        YearMonth from = YearMonth.from(reads.today());
        YearMonth to = YearMonth.from(experiment.endDate());
        List<YearMonth> months = plan.months().stream()
                .filter(m -> !m.isBefore(from) && !m.isAfter(to))
                .toList();
        String reason = messages.getMessage(
                "experiment.requestReason.CHECK_IN",
                new Object[] {Long.toString(experiment.id()), experiment.title(), number, note},
                Messages.supported(currentUser.require().languageTag()));
        return submit(
                experiment,
                plan,
                Tier.EXPERIMENT,
                amount,
                months.isEmpty() ? monthsAhead(plan) : months,
                // the check-in's note is kept whole with the check-in; the reason carries as much of it as fits
                reason.length() > TextLimits.TEXT ? reason.substring(0, TextLimits.TEXT - 1) + "…" : reason);
    }

    private RequestId submit(
            ExperimentEntity experiment,
            PlanView plan,
            Tier tier,
            BigDecimal amount,
            List<YearMonth> months,
            String reason) {
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
                reason,
                baseUrl.get() + "experiments/" + experiment.id());
        // the proposer asks for themselves (a check-in); a founder acting for them opens it in their name
        RequestDetail opened = currentUser.require().userId() == experiment.proposerUserId()
                ? budgetRequests.submit(command)
                : budgetRequests.submitFor(experiment.proposerUserId(), proposerRole, command);
        return new RequestId(opened.row().id());
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
    private String reason(String key, ExperimentEntity experiment, @Nullable String note) {
        Locale locale = Messages.supported(currentUser.require().languageTag());
        String reason =
                messages.getMessage(key, new Object[] {Long.toString(experiment.id()), experiment.title()}, locale);
        return note == null
                ? reason
                : messages.getMessage("experiment.requestReason.comment", new Object[] {reason, note}, locale);
    }
}
