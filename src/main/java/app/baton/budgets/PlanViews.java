package app.baton.budgets;

import app.baton.budgets.internal.BudgetLineEntity;
import app.baton.budgets.internal.BudgetPlanEntity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A plan as the plan screen shows it, built from its rows: each tier's channels and months, sums, shares, status. */
final class PlanViews {

    private PlanViews() {}

    static PlanView view(BudgetPlanEntity plan, Guardrails guardrails) {
        BudgetSheet sheet = plan.sheet();
        Map<Tier, Map<Long, BigDecimal[][]>> grid = new LinkedHashMap<>();
        for (Tier tier : Tier.values()) {
            grid.put(tier, new LinkedHashMap<>());
        }
        List<BudgetLineEntity> lines = new ArrayList<>(plan.lines());
        lines.sort(
                java.util.Comparator.comparing((BudgetLineEntity l) -> l.cell().channelId()));
        for (BudgetLineEntity line : lines) {
            Cell cell = line.cell();
            BigDecimal[][] row = grid.get(cell.tier()).computeIfAbsent(cell.channelId(), id -> zeros());
            row[0][cell.month()] = line.planned();
            row[1][cell.month()] = line.baseline() == null ? line.planned() : line.baseline();
            row[2][cell.month()] = line.spent();
        }
        List<TierView> tiers = new ArrayList<>();
        BigDecimal[] monthTotals = zeros()[0];
        for (Tier tier : Tier.values()) {
            List<ChannelRow> rows = new ArrayList<>();
            BigDecimal[][] tierSums = zeros();
            grid.get(tier).forEach((channelId, row) -> {
                rows.add(new ChannelRow(
                        tier,
                        channelId,
                        List.of(row[0]),
                        List.of(row[1]),
                        List.of(row[2]),
                        sum(row[0]),
                        sum(row[1]),
                        sum(row[2])));
                for (int m = 0; m < FiscalYear.MONTHS; m++) {
                    for (int k = 0; k < 3; k++) {
                        tierSums[k][m] = tierSums[k][m].add(row[k][m]);
                    }
                }
            });
            for (int m = 0; m < FiscalYear.MONTHS; m++) {
                monthTotals[m] = monthTotals[m].add(tierSums[0][m]);
            }
            tiers.add(new TierView(
                    tier,
                    rows,
                    List.of(tierSums[0]),
                    List.of(tierSums[1]),
                    sum(tierSums[0]),
                    sum(tierSums[1]),
                    sum(tierSums[2]),
                    sheet.share(tier),
                    sheet.status(tier, guardrails)));
        }
        return new PlanView(
                plan.id(),
                plan.fiscalYear(),
                plan.firstMonth(),
                plan.currency(),
                plan.revenueForecast(),
                plan.totalBudget(),
                plan.baselineTotal(),
                sheet.total(),
                plan.status(),
                plan.activatedAt(),
                plan.changeCount(),
                tiers,
                List.of(monthTotals),
                guardrails);
    }

    private static BigDecimal[][] zeros() {
        BigDecimal[][] rows = new BigDecimal[3][FiscalYear.MONTHS];
        for (BigDecimal[] row : rows) {
            Arrays.fill(row, BigDecimal.ZERO);
        }
        return rows;
    }

    private static BigDecimal sum(BigDecimal[] amounts) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal amount : amounts) {
            total = total.add(amount);
        }
        return total;
    }
}
