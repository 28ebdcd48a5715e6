package app.baton.budgets;

import app.baton.approvals.Violation;
import app.baton.budgets.internal.BudgetPlanEntity;
import app.baton.shared.DomainException;
import app.baton.shared.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The change calculation behind every budget request: a command becomes cell deltas on the plan (the amount split
 * evenly over the months on each side), and deltas become the before-and-after the decision screen shows. Anything
 * malformed is refused with a translated message. Called from the secured request services only.
 */
@Component
class ChangeCalculation {

    private final ChannelService channels;

    ChangeCalculation(ChannelService channels) {
        this.channels = channels;
    }

    /** Turns a command into cell deltas, refusing anything malformed with a translated message. */
    List<Delta> deltas(BudgetPlanEntity plan, RequestCommand command) {
        if (plan.status() != PlanStatus.ACTIVE) {
            throw new DomainException("budget.plan.notActive");
        }
        if (command.amount().signum() <= 0) {
            throw new DomainException("request.amountPositive");
        }
        BigDecimal amount = Money.exact(command.amount(), plan.currency());
        int scale = Money.scale(plan.currency());
        RequestKind kind = command.kind();
        List<Delta> deltas = new ArrayList<>();
        Set<Cell> sourceCells = new HashSet<>();
        if (kind.hasSource()) {
            Tier tier = required(command.fromTier(), "request.fromRequired");
            long channel = required(command.fromChannelId(), "request.fromRequired");
            if (kind == RequestKind.RESERVE_DRAW && tier != Tier.RESERVE) {
                throw new DomainException("request.drawFromReserve");
            }
            channels.requireActive(channel);
            List<Integer> months = months(plan, command.fromMonths());
            List<BigDecimal> shares = Money.split(amount, months.size(), scale);
            for (int i = 0; i < months.size(); i++) {
                Cell cell = new Cell(tier, channel, months.get(i));
                sourceCells.add(cell);
                deltas.add(new Delta(cell, shares.get(i).negate()));
            }
        }
        if (kind.hasTarget()) {
            Tier tier = required(command.toTier(), "request.toRequired");
            long channel = required(command.toChannelId(), "request.toRequired");
            if (kind == RequestKind.RESERVE_DRAW && tier == Tier.RESERVE) {
                throw new DomainException("request.drawIntoOtherTier");
            }
            channels.requireActive(channel);
            List<Integer> months = months(plan, command.toMonths());
            List<BigDecimal> shares = Money.split(amount, months.size(), scale);
            for (int i = 0; i < months.size(); i++) {
                Cell cell = new Cell(tier, channel, months.get(i));
                if (sourceCells.contains(cell)) {
                    throw new DomainException("request.sameSourceAndTarget");
                }
                deltas.add(new Delta(cell, shares.get(i)));
            }
        }
        return deltas;
    }

    private static List<Integer> months(BudgetPlanEntity plan, List<YearMonth> months) {
        if (months.isEmpty()) {
            throw new DomainException("request.monthsRequired");
        }
        Set<Integer> indexes = new TreeSet<>();
        for (YearMonth month : months) {
            indexes.add(plan.monthIndex(month)
                    .orElseThrow(() -> new DomainException("request.monthOutsidePlan", plan.fiscalYear())));
        }
        return List.copyOf(indexes);
    }

    private static <T> T required(@Nullable T value, String key) {
        if (value == null) {
            throw new DomainException(key);
        }
        return value;
    }

    /** The cells and tier totals before and after the deltas, with what the policy said. */
    static RequestPreview preview(
            BudgetPlanEntity plan,
            List<Delta> deltas,
            List<Violation> violations,
            boolean delegated,
            @Nullable String refusal,
            boolean monthlyTotalReached) {
        BudgetSheet before = plan.sheet();
        BudgetSheet after = before.apply(deltas);
        List<CellChange> changes = deltas.stream()
                .map(d -> new CellChange(
                        d.cell().tier(),
                        d.cell().channelId(),
                        plan.firstMonth().plusMonths(d.cell().month()),
                        before.planned(d.cell()),
                        after.planned(d.cell())))
                .toList();
        List<TierChange> tiers = Arrays.stream(Tier.values())
                .map(t -> new TierChange(t, before.tierTotal(t), after.tierTotal(t), after.share(t)))
                .toList();
        return new RequestPreview(
                changes, tiers, before.total(), after.total(), violations, delegated, refusal, monthlyTotalReached);
    }
}
