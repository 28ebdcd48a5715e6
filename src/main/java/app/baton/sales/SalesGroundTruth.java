package app.baton.sales;

import app.baton.reports.GroundTruth;
import app.baton.reports.Reconciliation;
import app.baton.reports.checks.Flag;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The reports module's view of the company's sales: the reconciliation flags for a month's claims, and a re-check of
 * every month an upload of sales covers (in the upload's transaction, so a refused check leaves no sales behind).
 */
@Component
class SalesGroundTruth implements GroundTruth {

    private final SalesQueryService sales;
    private final Reconciliation reconciliation;
    private final SalesSettingsService settings;

    SalesGroundTruth(SalesQueryService sales, @Lazy Reconciliation reconciliation, SalesSettingsService settings) {
        this.sales = sales;
        this.reconciliation = reconciliation;
        this.settings = settings;
    }

    @Override
    public Map<Long, List<Flag>> reconcile(YearMonth month, List<Claim> claims) {
        return ReconciliationRules.flags(
                month,
                sales.verified(month.atDay(1), month.atEndOfMonth()),
                claims,
                settings.current().roasFactor());
    }

    @EventListener
    void on(SalesEvents.SalesUploaded event) {
        for (YearMonth m = YearMonth.from(event.from()); !m.isAfter(YearMonth.from(event.to())); m = m.plusMonths(1)) {
            reconciliation.recheck(m, 0);
        }
    }

    @EventListener
    void on(SalesEvents.SalesRejudged event) {
        event.months().forEach(m -> reconciliation.recheck(m, 0));
    }
}
