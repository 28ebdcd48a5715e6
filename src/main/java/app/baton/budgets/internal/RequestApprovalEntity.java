package app.baton.budgets.internal;

import app.baton.shared.TextLimits;
import app.baton.shared.tenant.TenantRestriction;
import app.baton.shared.tenant.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/** One founder's yes to a request, with the override reason when it broke a guardrail. */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "budget_request_approval")
public class RequestApprovalEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private @Nullable ChangeRequestEntity request;

    @Column(name = "founder_user_id", nullable = false, updatable = false)
    private long founderUserId;

    @Column(name = "override_reason", length = TextLimits.TEXT, updatable = false)
    private @Nullable String overrideReason;

    @Column(name = "approved_at", nullable = false, updatable = false)
    private Instant approvedAt = Instant.EPOCH;

    protected RequestApprovalEntity() {}

    RequestApprovalEntity(
            ChangeRequestEntity request, long founderUserId, @Nullable String overrideReason, Instant at) {
        this.request = request;
        this.founderUserId = founderUserId;
        this.overrideReason = overrideReason;
        this.approvedAt = at;
    }

    public long founderUserId() {
        return founderUserId;
    }

    public @Nullable String overrideReason() {
        return overrideReason;
    }

    public Instant approvedAt() {
        return approvedAt;
    }
}
