package app.baton.budgets.internal;

import app.baton.budgets.Cell;
import app.baton.budgets.Delta;
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

/** One cell a request changes, with the amount before and after once the change was applied. */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "budget_change_request_line")
public class ChangeRequestLineEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private @Nullable ChangeRequestEntity request;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16, updatable = false)
    private Tier tier = Tier.FOUNDATION;

    @Column(name = "channel_id", nullable = false, updatable = false)
    private long channelId;

    @Column(name = "month_index", nullable = false, updatable = false)
    private int monthIndex;

    @Column(nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal delta = BigDecimal.ZERO;

    @Column(name = "amount_before", precision = 19, scale = 4)
    private @Nullable BigDecimal amountBefore;

    @Column(name = "amount_after", precision = 19, scale = 4)
    private @Nullable BigDecimal amountAfter;

    protected ChangeRequestLineEntity() {}

    ChangeRequestLineEntity(ChangeRequestEntity request, Delta delta) {
        this.request = request;
        this.tier = delta.cell().tier();
        this.channelId = delta.cell().channelId();
        this.monthIndex = delta.cell().month();
        this.delta = delta.amount();
    }

    public Delta delta() {
        return new Delta(new Cell(tier, channelId, monthIndex), delta);
    }

    public @Nullable BigDecimal amountBefore() {
        return amountBefore;
    }

    public @Nullable BigDecimal amountAfter() {
        return amountAfter;
    }

    void applied(BigDecimal before) {
        this.amountBefore = before;
        this.amountAfter = before.add(delta);
    }
}
