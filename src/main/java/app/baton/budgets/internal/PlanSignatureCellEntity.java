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

/** One amount of the plan version a signature was given on (cells that are zero are not kept). Written once. */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "budget_plan_signature_cell")
public class PlanSignatureCellEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "signature_id", nullable = false, updatable = false)
    private @Nullable PlanSignatureEntity signature;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16, updatable = false)
    private Tier tier = Tier.FOUNDATION;

    @Column(name = "channel_id", nullable = false, updatable = false)
    private long channelId;

    @Column(name = "month_index", nullable = false, updatable = false)
    private int monthIndex;

    @Column(nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal amount = BigDecimal.ZERO;

    protected PlanSignatureCellEntity() {}

    PlanSignatureCellEntity(PlanSignatureEntity signature, Cell cell, BigDecimal amount) {
        this.signature = signature;
        this.tier = cell.tier();
        this.channelId = cell.channelId();
        this.monthIndex = cell.month();
        this.amount = amount;
    }

    public Cell cell() {
        return new Cell(tier, channelId, monthIndex);
    }

    public BigDecimal amount() {
        return amount;
    }
}
