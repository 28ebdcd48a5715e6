package app.baton.budgets.internal;

import app.baton.shared.tenant.TenantRestriction;
import app.baton.shared.tenant.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/** Money of the experiment tier set aside for one approved experiment; what it did not spend can be released. */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "budget_reservation")
public class ReservationEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(name = "experiment_id", nullable = false, updatable = false)
    private long experimentId;

    @Column(nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal amount = BigDecimal.ZERO;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal released = BigDecimal.ZERO;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "delegated_user_id", updatable = false)
    private @Nullable Long delegatedUserId;

    @Version
    private long version;

    protected ReservationEntity() {}

    public ReservationEntity(long planId, long experimentId, BigDecimal amount, Instant createdAt) {
        this.planId = planId;
        this.experimentId = experimentId;
        this.amount = amount;
        this.createdAt = createdAt;
    }

    /** A reservation the successor's delegated authority approved: it counts toward their month's total. */
    public static ReservationEntity delegated(
            long planId, long experimentId, BigDecimal amount, Instant createdAt, long successorUserId) {
        ReservationEntity reservation = new ReservationEntity(planId, experimentId, amount, createdAt);
        reservation.delegatedUserId = successorUserId;
        return reservation;
    }

    public long planId() {
        return planId;
    }

    public long experimentId() {
        return experimentId;
    }

    public BigDecimal amount() {
        return amount;
    }

    public BigDecimal released() {
        return released;
    }

    /** What the experiment still holds. */
    public BigDecimal held() {
        return amount.subtract(released);
    }

    public void release(BigDecimal value) {
        this.released = released.add(value);
    }
}
