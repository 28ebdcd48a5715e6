package app.baton.insights;

import app.baton.insights.internal.GoalSheetEntity;
import app.baton.insights.internal.GoalSheetRepository;
import app.baton.security.AccountDirectory;
import app.baton.security.CurrentUser;
import app.baton.shared.DomainException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of the goal sheet: every version newest first, and the agreed version in force in a month — the one with the
 * latest start month not after it (the later version when two start together). The KPI trends, suggestions and the
 * meeting measure a month against that version's targets.
 */
@Service
public class GoalQueryService {

    private final GoalSheetRepository sheets;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    GoalQueryService(GoalSheetRepository sheets, AccountDirectory accounts, CurrentUser currentUser, Clock clock) {
        this.sheets = sheets;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every version, newest first. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public List<GoalVersion> versions() {
        List<GoalSheetEntity> all = all();
        Long inForce = inForce(all, thisMonth()).map(GoalSheetEntity::id).orElse(null);
        Map<Long, String> names = accounts.displayNames(people(all));
        return all.stream()
                .map(e -> view(e, names, Objects.equals(inForce, e.id())))
                .toList();
    }

    /** One version. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public GoalVersion version(long id) {
        return versions().stream()
                .filter(v -> v.id() == id)
                .findFirst()
                .orElseThrow(() -> new DomainException("goals.notFound"));
    }

    /**
     * The versions waiting for the signed-in person's generation to sign: not agreed, not signed by a founder (for a
     * founder) or a successor (for a successor), and newer than the latest agreed version (an older draft was
     * overtaken). Oldest first.
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public List<GoalVersion> waitingForMe() {
        List<GoalSheetEntity> waiting = waiting();
        Map<Long, String> names = accounts.displayNames(people(waiting));
        return waiting.stream().map(e -> view(e, names, false)).toList();
    }

    /** How many versions {@link #waitingForMe} lists, without their people's names (the navigation's count). */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public int countWaitingForMe() {
        return waiting().size();
    }

    private List<GoalSheetEntity> waiting() {
        List<GoalSheetEntity> all = all();
        int lastAgreed = all.stream()
                .filter(GoalSheetEntity::agreed)
                .mapToInt(GoalSheetEntity::number)
                .max()
                .orElse(0);
        boolean founder = currentUser.requireMembership().role() == app.baton.security.MembershipRole.FOUNDER;
        return all.stream()
                .filter(e -> !e.agreed() && e.number() > lastAgreed)
                .filter(e -> founder ? e.founderSignedBy() == null : e.successorSignedBy() == null)
                .sorted(Comparator.comparingInt(GoalSheetEntity::number))
                .toList();
    }

    /** The agreed version in force in {@code month}, if any. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public Optional<GoalVersion> inForce(YearMonth month) {
        List<GoalSheetEntity> all = all();
        return inForce(all, month)
                .map(e -> view(e, accounts.displayNames(people(List.of(e))), month.equals(thisMonth())));
    }

    /**
     * The KPI targets of the version in force in {@code month} (shares as fractions, as the trends hold them); empty
     * when no version is agreed for that month or it names no KPI target.
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public Map<TrendKpi, BigDecimal> targetsFor(YearMonth month) {
        return inForce(all(), month).map(e -> targets(e.sheet())).orElseGet(() -> new EnumMap<>(TrendKpi.class));
    }

    /**
     * For each month, the targets it is measured against: {@code fallback} (the KPI settings) overlaid by the agreed
     * version in force in that month. One read for all months.
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public List<Map<TrendKpi, BigDecimal>> targetsFor(List<YearMonth> months, Map<TrendKpi, BigDecimal> fallback) {
        List<GoalSheetEntity> all = all();
        return months.stream()
                .map(month -> {
                    Map<TrendKpi, BigDecimal> targets = new EnumMap<>(TrendKpi.class);
                    targets.putAll(fallback);
                    inForce(all, month).ifPresent(e -> targets.putAll(targets(e.sheet())));
                    return Map.copyOf(targets);
                })
                .toList();
    }

    /**
     * Whole months a channel of {@code kind} takes to show its effect by the agreed version in force in {@code month}
     * (the seeds' defaults when none is agreed).
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public int monthsToImpact(app.baton.budgets.ChannelKind kind, YearMonth month) {
        return inForce(all(), month)
                .map(GoalSheetEntity::sheet)
                .orElseGet(() -> GoalSheet.starting(month))
                .monthsToImpact(kind);
    }

    /**
     * Every version, newest first, read once per read-only transaction: the dashboard's targets and what waits for
     * the reader both read them (issue 16, decision 017).
     */
    private List<GoalSheetEntity> all() {
        return app.baton.shared.persistence.TransactionMemo.get(
                new All(currentUser.requireMembership().tenantId(), app.baton.shared.tenant.TenantContext.override()),
                sheets::findAllByOrderByNumberDesc);
    }

    /** The key of {@link #all()}'s memo: which company. */
    private record All(long tenantId, @Nullable Long tenantOverride) {}

    /**
     * The channels' own KPI targets in the version in force in {@code month} (shares as fractions), by channel; a
     * channel's map holds only what it sets (the company's targets stand for the rest).
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public Map<Long, Map<TrendKpi, BigDecimal>> channelTargetsFor(YearMonth month) {
        return inForce(all(), month).map(e -> channelTargets(e.sheet())).orElseGet(Map::of);
    }

    static Map<Long, Map<TrendKpi, BigDecimal>> channelTargets(GoalSheet s) {
        Map<Long, Map<TrendKpi, BigDecimal>> byChannel = new java.util.HashMap<>();
        for (ChannelGoal g : s.channels()) {
            Map<TrendKpi, BigDecimal> targets = new EnumMap<>(TrendKpi.class);
            kpiTargets(targets, g.cac(), g.roas(), g.roiPct(), g.crPct(), g.ltvCac());
            byChannel.put(g.channelId(), Map.copyOf(targets));
        }
        return Map.copyOf(byChannel);
    }

    private static void kpiTargets(
            Map<TrendKpi, BigDecimal> targets,
            @Nullable BigDecimal cac,
            @Nullable BigDecimal roas,
            @Nullable BigDecimal roiPct,
            @Nullable BigDecimal crPct,
            @Nullable BigDecimal ltvCac) {
        put(targets, TrendKpi.CAC, cac);
        put(targets, TrendKpi.ROAS, roas);
        put(targets, TrendKpi.ROAS_VERIFIED, roas);
        put(targets, TrendKpi.ROI, roiPct == null ? null : roiPct.movePointLeft(2));
        put(targets, TrendKpi.CR, crPct == null ? null : crPct.movePointLeft(2));
        put(targets, TrendKpi.LTV_CAC, ltvCac);
    }

    static Map<TrendKpi, BigDecimal> targets(GoalSheet s) {
        Map<TrendKpi, BigDecimal> targets = new EnumMap<>(TrendKpi.class);
        kpiTargets(targets, s.cac(), s.roas(), s.roiPct(), s.crPct(), s.ltvCac());
        return targets;
    }

    private static void put(Map<TrendKpi, BigDecimal> targets, TrendKpi kpi, @Nullable BigDecimal value) {
        if (value != null) {
            BigDecimal plain = value.stripTrailingZeros();
            targets.put(kpi, plain.scale() < 0 ? plain.setScale(0) : plain);
        }
    }

    private static Optional<GoalSheetEntity> inForce(List<GoalSheetEntity> all, YearMonth month) {
        return all.stream()
                .filter(GoalSheetEntity::agreed)
                .filter(e -> !e.inForceFrom().isAfter(month))
                .max(Comparator.comparing(GoalSheetEntity::inForceFrom).thenComparingInt(GoalSheetEntity::number));
    }

    private YearMonth thisMonth() {
        return YearMonth.now(clock.withZone(currentUser.requireMembership().zoneId()));
    }

    private static Collection<Long> people(List<GoalSheetEntity> all) {
        return all.stream()
                .flatMap(e -> Stream.of(e.draftedByUserId(), e.founderSignedBy(), e.successorSignedBy()))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    private static GoalVersion view(GoalSheetEntity e, Map<Long, String> names, boolean inForce) {
        return new GoalVersion(
                e.id(),
                e.number(),
                e.sheet(),
                names.getOrDefault(e.draftedByUserId(), "#" + e.draftedByUserId()),
                e.draftedAt(),
                e.founderSignedBy() == null ? null : names.get(e.founderSignedBy()),
                e.founderSignedAt(),
                e.successorSignedBy() == null ? null : names.get(e.successorSignedBy()),
                e.successorSignedAt(),
                e.agreed(),
                e.founderAlone(),
                inForce,
                e.version());
    }
}
