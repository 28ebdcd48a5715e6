package app.baton.budgets.internal;

import app.baton.budgets.Cell;
import app.baton.budgets.Tier;
import app.baton.shared.tenant.TenantRestriction;
import app.baton.shared.tenant.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** One cell of a plan: planned (current), baseline (as activated) and spent amounts for a tier, channel and month. */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "budget_line")
public class BudgetLineEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private @Nullable BudgetPlanEntity plan;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16, updatable = false)
    private Tier tier = Tier.FOUNDATION;

    @Column(name = "channel_id", nullable = false, updatable = false)
    private long channelId;

    @Column(name = "month_index", nullable = false, updatable = false)
    private int monthIndex;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal planned = BigDecimal.ZERO;

    @Column(precision = 19, scale = 4)
    private @Nullable BigDecimal baseline;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal spent = BigDecimal.ZERO;

    protected BudgetLineEntity() {}

    BudgetLineEntity(BudgetPlanEntity plan, Cell cell) {
        this.plan = plan;
        this.tier = cell.tier();
        this.channelId = cell.channelId();
        this.monthIndex = cell.month();
    }

    public Cell cell() {
        return new Cell(tier, channelId, monthIndex);
    }

    public BigDecimal planned() {
        return planned;
    }

    /** The amount when the plan was activated; zero for a cell added later; {@code null} while DRAFT. */
    public @Nullable BigDecimal baseline() {
        return baseline;
    }

    public BigDecimal spent() {
        return spent;
    }

    void plan(BigDecimal amount) {
        this.planned = amount;
    }

    void freezeBaseline() {
        this.baseline = planned;
    }

    void spend(BigDecimal amount) {
        this.spent = amount;
    }
}
