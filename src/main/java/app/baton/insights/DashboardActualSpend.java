package app.baton.insights;

import app.baton.budgets.ActualSpend;
import app.baton.budgets.Tier;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard's budget vs actual, by tier, for the budget page: one definition of spent and remaining. */
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
        dashboards.dashboard(fiscalYear).ifPresent(d -> {
            for (Tier tier : Tier.values()) {
                BudgetActuals.Amounts year = d.table().tier(tier).year();
                java.math.BigDecimal experiments = d.spends().stream()
                        .filter(s -> s.tier() == tier && s.source() == BudgetActuals.Source.EXPERIMENT_RESULT)
                        .map(BudgetActuals.Spend::amount)
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
                out.put(
                        tier,
                        new Figures(
                                year.planned(),
                                year.committed(),
                                year.actual(),
                                year.actual().subtract(experiments).max(java.math.BigDecimal.ZERO)));
            }
        });
        return out;
    }

    @Override
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public Map<Place, Figures> byChannel(int fiscalYear) {
        Map<Place, Figures> out = new java.util.HashMap<>();
        dashboards.dashboard(fiscalYear).ifPresent(d -> {
            for (BudgetActuals.Line line : d.table().channels()) {
                Tier tier = java.util.Objects.requireNonNull(line.tier());
                long channelId = java.util.Objects.requireNonNull(line.channelId());
                java.math.BigDecimal experiments = d.spends().stream()
                        .filter(s -> s.tier() == tier
                                && s.channelId() == channelId
                                && s.source() == BudgetActuals.Source.EXPERIMENT_RESULT)
                        .map(BudgetActuals.Spend::amount)
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
                BudgetActuals.Amounts year = line.year();
                out.put(
                        new Place(tier, channelId),
                        new Figures(
                                year.planned(),
                                year.committed(),
                                year.actual(),
                                year.actual().subtract(experiments).max(java.math.BigDecimal.ZERO)));
            }
        });
        return out;
    }
}
