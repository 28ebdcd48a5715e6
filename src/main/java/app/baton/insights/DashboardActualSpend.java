package app.baton.insights;

import app.baton.budgets.ActualSpend;
import app.baton.budgets.Tier;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's budget vs actual, by tier and by channel, for the budget page and a request's page: one definition
 * of spent and remaining. Made by {@link DashboardService#actuals}, not the whole dashboard (decision 017: the request
 * page made the dashboard's sales comparison and waiting lists to show one channel's money).
 */
@Service
class DashboardActualSpend implements ActualSpend {

    private final DashboardService dashboards;

    DashboardActualSpend(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @Override
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public Map<Tier, Figures> byTier(int fiscalYear) {
        Map<Tier, Figures> out = new EnumMap<>(Tier.class);
        dashboards.actuals(fiscalYear).ifPresent(d -> {
            for (Tier tier : Tier.values()) {
                out.put(tier, figures(d, d.table().tier(tier).year(), s -> s.tier() == tier));
            }
        });
        return out;
    }

    @Override
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public Map<Place, Figures> byChannel(int fiscalYear) {
        Map<Place, Figures> out = new java.util.HashMap<>();
        dashboards.actuals(fiscalYear).ifPresent(d -> {
            for (BudgetActuals.Line line : d.table().channels()) {
                Tier tier = java.util.Objects.requireNonNull(line.tier());
                long channelId = java.util.Objects.requireNonNull(line.channelId());
                out.put(
                        new Place(tier, channelId),
                        figures(d, line.year(), s -> s.tier() == tier && s.channelId() == channelId));
            }
        });
        return out;
    }

    /** A line's year figures; actual besides experiments leaves out the experiments' own results in that line. */
    private static Figures figures(
            DashboardService.Actuals d,
            BudgetActuals.Amounts year,
            java.util.function.Predicate<BudgetActuals.Spend> inLine) {
        BigDecimal experiments = d.spends().stream()
                .filter(s -> s.source() == BudgetActuals.Source.EXPERIMENT_RESULT && inLine.test(s))
                .map(BudgetActuals.Spend::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Figures(
                year.planned(),
                year.committed(),
                year.actual(),
                year.actual().subtract(experiments).max(BigDecimal.ZERO));
    }
}
