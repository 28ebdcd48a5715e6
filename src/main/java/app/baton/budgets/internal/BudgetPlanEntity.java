package app.baton.budgets.internal;

import app.baton.budgets.BudgetSheet;
import app.baton.budgets.Cell;
import app.baton.budgets.Delta;
import app.baton.budgets.FiscalYear;
import app.baton.budgets.PlanStatus;
import app.baton.budgets.Tier;
import app.baton.shared.CompanyDefaults;
import app.baton.shared.DomainException;
import app.baton.shared.Money;
import app.baton.shared.tenant.TenantRestriction;
import app.baton.shared.tenant.TenantScopedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A company's marketing budget for one fiscal year. While DRAFT its amounts are edited freely; {@link #activate}
 * freezes the baseline, and from then on only {@link #apply} (an approved change request) changes an amount. Every
 * change bumps the version, so two decisions made on the same plan state can never both be saved.
 *
 * <p>Size (about 315 lines): the plan's lines and the guarded changes to them (draft edits, activation, an approved
 * request, spend), kept on the entity so that no service can change an activated amount another way.
 */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "budget_plan")
public class BudgetPlanEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int fiscalYear;

    @Column(name = "first_month", nullable = false, updatable = false)
    private LocalDate firstMonth = LocalDate.EPOCH;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency = CompanyDefaults.CURRENCY;

    @Column(name = "revenue_forecast", nullable = false, precision = 19, scale = 4)
    private BigDecimal revenueForecast = BigDecimal.ZERO;

    @Column(name = "total_budget", nullable = false, precision = 19, scale = 4)
    private BigDecimal totalBudget = BigDecimal.ZERO;

    @Column(name = "baseline_total", precision = 19, scale = 4)
    private @Nullable BigDecimal baselineTotal;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private PlanStatus status = PlanStatus.DRAFT;

    @Column(name = "activated_at")
    private @Nullable Instant activatedAt;

    @Column(name = "activated_by_user_id")
    private @Nullable Long activatedByUserId;

    @Column(name = "change_count", nullable = false)
    private long changeCount;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Version
    private long version;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<BudgetLineEntity> lines = new ArrayList<>();

    protected BudgetPlanEntity() {}

    public BudgetPlanEntity(
            int fiscalYear,
            YearMonth firstMonth,
            String currency,
            BigDecimal revenueForecast,
            BigDecimal totalBudget,
            Instant createdAt) {
        this.fiscalYear = fiscalYear;
        this.firstMonth = firstMonth.atDay(1);
        this.currency = currency;
        this.revenueForecast = revenueForecast;
        this.totalBudget = totalBudget;
        this.createdAt = createdAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    public YearMonth firstMonth() {
        return YearMonth.from(firstMonth);
    }

    /** The month index (0–11) of a calendar month, or empty when it lies outside this plan's year. */
    public Optional<Integer> monthIndex(YearMonth month) {
        return new FiscalYear(firstMonth()).indexOf(month);
    }

    public String currency() {
        return currency;
    }

    public BigDecimal revenueForecast() {
        return revenueForecast;
    }

    public BigDecimal totalBudget() {
        return totalBudget;
    }

    public @Nullable BigDecimal baselineTotal() {
        return baselineTotal;
    }

    public PlanStatus status() {
        return status;
    }

    public @Nullable Instant activatedAt() {
        return activatedAt;
    }

    public @Nullable Long activatedByUserId() {
        return activatedByUserId;
    }

    /** How many changes were applied since creation; forms remember it to spot a plan that changed under them. */
    public long changeCount() {
        return changeCount;
    }

    public long version() {
        return version;
    }

    public List<BudgetLineEntity> lines() {
        return List.copyOf(lines);
    }

    public BudgetSheet sheet() {
        Map<Cell, BigDecimal> planned = new HashMap<>();
        Map<Cell, BigDecimal> spent = new HashMap<>();
        for (BudgetLineEntity line : lines) {
            planned.put(line.cell(), line.planned());
            spent.put(line.cell(), line.spent());
        }
        return new BudgetSheet(planned, spent);
    }

    /** The sum of every cell: what the tiers add up to. */
    public BigDecimal allocated() {
        return sheet().total();
    }

    /** Changes the forecast and the total to allocate. DRAFT only. */
    public void updateHeader(BigDecimal newRevenueForecast, BigDecimal newTotalBudget) {
        requireDraft();
        this.revenueForecast = newRevenueForecast;
        this.totalBudget = newTotalBudget;
        touch();
    }

    /** Adds a channel to a tier with twelve empty months. DRAFT only. */
    public void addChannel(Tier tier, long channelId) {
        requireDraft();
        for (int month = 0; month < FiscalYear.MONTHS; month++) {
            line(new Cell(tier, channelId, month));
        }
        touch();
    }

    /** Takes a channel out of a tier with its amounts. DRAFT only. */
    public void removeChannel(Tier tier, long channelId) {
        requireDraft();
        lines.removeIf(l -> l.cell().tier() == tier && l.cell().channelId() == channelId);
        touch();
    }

    /** Spreads a yearly amount evenly over the twelve months (remainder on the first months). DRAFT only. */
    public void setChannelYear(Tier tier, long channelId, BigDecimal yearly) {
        requireDraft();
        List<BigDecimal> months = Money.split(yearly, FiscalYear.MONTHS, Money.scale(currency));
        for (int month = 0; month < FiscalYear.MONTHS; month++) {
            line(new Cell(tier, channelId, month)).plan(months.get(month));
        }
        touch();
    }

    /** Sets one month by hand. DRAFT only. */
    public void setMonth(Cell cell, BigDecimal amount) {
        requireDraft();
        line(cell).plan(amount);
        touch();
    }

    /**
     * Activates the plan: the amounts become the baseline ("original") and later changes need approval. The tiers
     * must add up to the total budget, and the total must be above zero.
     */
    public void activate(long byUserId, Instant at) {
        requireDraft();
        if (totalBudget.signum() <= 0) {
            throw new DomainException("budget.plan.totalRequired");
        }
        if (allocated().compareTo(totalBudget) != 0) {
            throw new DomainException("budget.plan.notFullyAllocated");
        }
        for (BudgetLineEntity line : lines) {
            line.freezeBaseline();
        }
        this.baselineTotal = totalBudget;
        this.status = PlanStatus.ACTIVE;
        this.activatedAt = at;
        this.activatedByUserId = byUserId;
        touch();
    }

    /**
     * Applies an approved change: each cell moves by its delta and the total by their sum. ACTIVE only. Returns the
     * cells' amounts before, in the deltas' order.
     */
    public List<BigDecimal> apply(List<Delta> deltas) {
        if (status != PlanStatus.ACTIVE) {
            throw new DomainException("budget.plan.notActive");
        }
        List<BigDecimal> before = new ArrayList<>(deltas.size());
        BigDecimal sum = BigDecimal.ZERO;
        for (Delta delta : deltas) {
            BudgetLineEntity line = line(delta.cell());
            before.add(line.planned());
            line.plan(line.planned().add(delta.amount()));
            sum = sum.add(delta.amount());
        }
        this.totalBudget = totalBudget.add(sum);
        touch();
        return before;
    }

    /**
     * Marks the plan changed when experiment money is set aside or released, so two reservations decided on the
     * same plan state cannot both be saved.
     */
    public void recordReservationChange() {
        touch();
    }

    /** Whether a date falls within this plan's fiscal year. */
    public boolean covers(java.time.LocalDate date) {
        return monthIndex(java.time.YearMonth.from(date)).isPresent();
    }

    /** Records what was actually spent in a cell (from results and accepted reports; by hand for now). */
    public void recordSpent(Cell cell, BigDecimal amount) {
        line(cell).spend(amount);
        touch();
    }

    private BudgetLineEntity line(Cell cell) {
        for (BudgetLineEntity line : lines) {
            if (line.cell().equals(cell)) {
                return line;
            }
        }
        BudgetLineEntity created = new BudgetLineEntity(this, cell);
        if (status == PlanStatus.ACTIVE) {
            created.plan(BigDecimal.ZERO);
            created.freezeBaseline();
        }
        lines.add(created);
        return created;
    }

    private void requireDraft() {
        if (status != PlanStatus.DRAFT) {
            throw new DomainException("budget.plan.notDraft");
        }
    }

    // a dirty field makes Hibernate check and raise the version even when only lines changed
    private void touch() {
        changeCount++;
    }
}
