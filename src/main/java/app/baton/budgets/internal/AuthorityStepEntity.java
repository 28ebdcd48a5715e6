package app.baton.budgets.internal;

import app.baton.budgets.AuthorityStepKind;
import app.baton.shared.DomainException;
import app.baton.shared.tenant.TenantRestriction;
import app.baton.shared.tenant.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One change of a successor's delegated authority: the limits before and after, and what justified it (the
 * founder's reason, or the record the rule counted). A step the rule made may be undone until {@code undoUntil}.
 */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "authority_step")
public class AuthorityStepEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16, updatable = false)
    private AuthorityStepKind kind = AuthorityStepKind.SET;

    @Column(name = "per_request_before", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal perRequestBefore = BigDecimal.ZERO;

    @Column(name = "per_request_after", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal perRequestAfter = BigDecimal.ZERO;

    @Column(name = "monthly_before", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal monthlyBefore = BigDecimal.ZERO;

    @Column(name = "monthly_after", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal monthlyAfter = BigDecimal.ZERO;

    @Column(nullable = false, length = 2000, updatable = false)
    private String basis = "";

    @Column(name = "record_concluded", updatable = false)
    private @Nullable Integer recordConcluded;

    @Column(name = "record_met", updatable = false)
    private @Nullable Integer recordMet;

    @Column(name = "record_overridden", updatable = false)
    private @Nullable Integer recordOverridden;

    // written right after the step in the same transaction (the rule raises the cap once the step exists)
    @Column(name = "cap_before_pct", precision = 5, scale = 2)
    private @Nullable BigDecimal capBeforePct;

    @Column(name = "cap_after_pct", precision = 5, scale = 2)
    private @Nullable BigDecimal capAfterPct;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "created_by_user_id", updatable = false)
    private @Nullable Long createdByUserId;

    @Column(name = "undo_until", updatable = false)
    private @Nullable Instant undoUntil;

    @Column(name = "undone_at")
    private @Nullable Instant undoneAt;

    @Column(name = "undone_by_user_id")
    private @Nullable Long undoneByUserId;

    @Version
    private long version;

    protected AuthorityStepEntity() {}

    public AuthorityStepEntity(
            long userId,
            AuthorityStepKind kind,
            BigDecimal perRequestBefore,
            BigDecimal monthlyBefore,
            BigDecimal perRequestAfter,
            BigDecimal monthlyAfter,
            String basis,
            app.baton.approvals.TrustPolicy.@Nullable Progress record,
            Instant at,
            @Nullable Long byUserId,
            @Nullable Instant undoUntil) {
        this.userId = userId;
        this.kind = kind;
        this.perRequestBefore = perRequestBefore;
        this.monthlyBefore = monthlyBefore;
        this.perRequestAfter = perRequestAfter;
        this.monthlyAfter = monthlyAfter;
        this.basis = basis;
        if (record != null) {
            this.recordConcluded = record.concluded();
            this.recordMet = record.met();
            this.recordOverridden = record.overridden();
        }
        this.createdAt = at;
        this.createdByUserId = byUserId;
        this.undoUntil = undoUntil;
    }

    /** Whether it may still be undone at {@code now}: a step of the rule, not undone, inside its window. */
    public boolean undoableAt(Instant now) {
        return undoUntil != null && undoneAt == null && now.isBefore(undoUntil);
    }

    /** The experiment tier's cap the same step raised (by the rule), before and after. */
    public void raisedCap(BigDecimal before, BigDecimal after) {
        this.capBeforePct = before;
        this.capAfterPct = after;
    }

    public @Nullable BigDecimal capBeforePct() {
        return capBeforePct;
    }

    public @Nullable BigDecimal capAfterPct() {
        return capAfterPct;
    }

    public void undo(long byUserId, Instant at) {
        if (!undoableAt(at)) {
            throw new DomainException("authority.undo.expired");
        }
        this.undoneAt = at;
        this.undoneByUserId = byUserId;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public long userId() {
        return userId;
    }

    public AuthorityStepKind kind() {
        return kind;
    }

    public BigDecimal perRequestBefore() {
        return perRequestBefore;
    }

    public BigDecimal perRequestAfter() {
        return perRequestAfter;
    }

    public BigDecimal monthlyBefore() {
        return monthlyBefore;
    }

    public BigDecimal monthlyAfter() {
        return monthlyAfter;
    }

    public String basis() {
        return basis;
    }

    /** The record the rule counted ({@code null} for a change by hand): concluded, met every target, overridden. */
    public @Nullable Integer recordConcluded() {
        return recordConcluded;
    }

    public @Nullable Integer recordMet() {
        return recordMet;
    }

    public @Nullable Integer recordOverridden() {
        return recordOverridden;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Long createdByUserId() {
        return createdByUserId;
    }

    public @Nullable Instant undoUntil() {
        return undoUntil;
    }

    public @Nullable Instant undoneAt() {
        return undoneAt;
    }

    public @Nullable Long undoneByUserId() {
        return undoneByUserId;
    }

    public long version() {
        return version;
    }
}
