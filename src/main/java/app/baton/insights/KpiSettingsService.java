package app.baton.insights;

import app.baton.insights.internal.KpiSettingsEntity;
import app.baton.insights.internal.KpiSettingsRepository;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.shared.DomainException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The company's KPI targets and the customer assumptions behind CLTV: everyone reads them, founders set them. */
@Service
public class KpiSettingsService {

    /** LTV:CAC of 3 or more is healthy (product definition); the target until founders set another. */
    public static final BigDecimal DEFAULT_LTV_CAC = new BigDecimal("3");

    private final KpiSettingsRepository settings;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    KpiSettingsService(KpiSettingsRepository settings, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.settings = settings;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** Targets by KPI (only those set) and the customer assumptions. */
    public record Settings(TrendKpi.Assumptions assumptions, Map<TrendKpi, BigDecimal> targets, long version) {}

    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public Settings settings() {
        return settings.findFirstBy().map(KpiSettingsService::view).orElseGet(() -> {
            Map<TrendKpi, BigDecimal> targets = new EnumMap<>(TrendKpi.class);
            targets.put(TrendKpi.LTV_CAC, DEFAULT_LTV_CAC);
            return new Settings(TrendKpi.Assumptions.NONE, targets, -1);
        });
    }

    /**
     * Saves the settings; numbers must not be negative and the gross margin is a fraction (0–1). A concurrent change
     * since {@code expectedVersion} (−1 for none saved yet) is refused.
     */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public Settings save(long expectedVersion, TrendKpi.Assumptions assumptions, Map<TrendKpi, BigDecimal> targets) {
        MembershipInfo membership = currentUser.requireMembership();
        check(assumptions.purchasesPerYear());
        check(assumptions.expectedYears());
        check(assumptions.grossMargin());
        if (assumptions.grossMargin() != null && assumptions.grossMargin().compareTo(BigDecimal.ONE) > 0) {
            throw new DomainException("kpiSettings.marginAboveOne");
        }
        targets.values().forEach(KpiSettingsService::check);
        KpiSettingsEntity entity = settings.findFirstBy().orElseGet(KpiSettingsEntity::new);
        long current = settings.findFirstBy().map(KpiSettingsEntity::version).orElse(-1L);
        if (current != expectedVersion) {
            throw new DomainException("budget.changedConcurrently");
        }
        @Nullable BigDecimal[] values = new BigDecimal[TrendKpi.values().length];
        for (TrendKpi kpi : TrendKpi.values()) {
            values[kpi.ordinal()] = targets.get(kpi);
        }
        entity.update(assumptions.purchasesPerYear(), assumptions.expectedYears(), assumptions.grossMargin(), values);
        KpiSettingsEntity saved = settings.saveAndFlush(entity);
        events.publishEvent(new InsightsEvents.KpiSettingsChanged(
                membership.tenantId(),
                currentUser.require().userId(),
                membership.role().name(),
                "targets " + targets + ", purchases/year " + assumptions.purchasesPerYear() + ", years "
                        + assumptions.expectedYears() + ", margin " + assumptions.grossMargin()));
        return view(saved);
    }

    private static Settings view(KpiSettingsEntity e) {
        Map<TrendKpi, BigDecimal> targets = new EnumMap<>(TrendKpi.class);
        @Nullable BigDecimal[] values = e.targets();
        for (TrendKpi kpi : TrendKpi.values()) {
            if (values[kpi.ordinal()] != null) {
                targets.put(kpi, plain(values[kpi.ordinal()]));
            }
        }
        return new Settings(
                new TrendKpi.Assumptions(plain(e.purchasesPerYear()), plain(e.expectedYears()), plain(e.grossMargin())),
                targets,
                e.version());
    }

    /** 4.000000 as stored reads 4. */
    private static @Nullable BigDecimal plain(@Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static void check(@Nullable BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw new DomainException("kpiSettings.negative");
        }
    }
}
