package app.baton.budgets.internal;

import app.baton.budgets.Delta;
import app.baton.budgets.RequestKind;
import app.baton.budgets.RequestStatus;
import app.baton.budgets.Tier;
import app.baton.security.MembershipRole;
import app.baton.shared.DomainException;
import app.baton.shared.TextLimits;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A budget change request (預算調整申請) and its lifecycle: SUBMITTED → APPROVED | REJECTED | WITHDRAWN, with
 * PARTIALLY_APPROVED while the "every founder" policy waits. Each transition checks the current state; who may make
 * it is {@link app.baton.approvals.ApprovalPolicy}'s business.
 *
 * <p>Size (about 335 lines): the columns, its cell changes, and one guarded method per transition, kept on the entity
 * so that no service can move a request to a state the lifecycle does not allow.
 */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "budget_change_request")
public class ChangeRequestEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16, updatable = false)
    private RequestKind kind = RequestKind.MOVE;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 24)
    private RequestStatus status = RequestStatus.SUBMITTED;

    @Column(nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal amount = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "from_tier", length = 16, updatable = false)
    private @Nullable Tier fromTier;

    @Column(name = "from_channel_id", updatable = false)
    private @Nullable Long fromChannelId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "to_tier", length = 16, updatable = false)
    private @Nullable Tier toTier;

    @Column(name = "to_channel_id", updatable = false)
    private @Nullable Long toChannelId;

    @Column(nullable = false, length = TextLimits.TEXT, updatable = false)
    private String reason = "";

    @Column(name = "evidence_links", length = TextLimits.TEXT, updatable = false)
    private @Nullable String evidenceLinks;

    @Column(name = "requested_by_user_id", nullable = false, updatable = false)
    private long requestedByUserId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "requester_role", nullable = false, length = 16, updatable = false)
    private MembershipRole requesterRole = MembershipRole.SUCCESSOR;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt = Instant.EPOCH;

    @Column(name = "plan_change_count", nullable = false, updatable = false)
    private long planChangeCount;

    @Column(length = 500)
    private @Nullable String violations;

    @Column(nullable = false)
    private boolean delegated;

    @Column(name = "override_reason", length = TextLimits.TEXT)
    private @Nullable String overrideReason;

    @Column(name = "decided_by_user_id")
    private @Nullable Long decidedByUserId;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "decision_reason", length = TextLimits.TEXT)
    private @Nullable String decisionReason;

    @Version
    private long version;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
    @BatchSize(size = 50)
    @OrderBy("id")
    private List<ChangeRequestLineEntity> lines = new ArrayList<>();

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
    @BatchSize(size = 50)
    @OrderBy("approvedAt")
    private List<RequestApprovalEntity> approvals = new ArrayList<>();

    protected ChangeRequestEntity() {}

    public ChangeRequestEntity(
            long planId,
            RequestKind kind,
            BigDecimal amount,
            @Nullable Tier fromTier,
            @Nullable Long fromChannelId,
            @Nullable Tier toTier,
            @Nullable Long toChannelId,
            String reason,
            @Nullable String evidenceLinks,
            long requestedByUserId,
            MembershipRole requesterRole,
            Instant submittedAt,
            long planChangeCount,
            List<Delta> deltas) {
        this.planId = planId;
        this.kind = kind;
        this.amount = amount;
        this.fromTier = fromTier;
        this.fromChannelId = fromChannelId;
        this.toTier = toTier;
        this.toChannelId = toChannelId;
        this.reason = reason;
        this.evidenceLinks = evidenceLinks;
        this.requestedByUserId = requestedByUserId;
        this.requesterRole = requesterRole;
        this.submittedAt = submittedAt;
        this.planChangeCount = planChangeCount;
        for (Delta delta : deltas) {
            lines.add(new ChangeRequestLineEntity(this, delta));
        }
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public long planId() {
        return planId;
    }

    public RequestKind kind() {
        return kind;
    }

    public RequestStatus status() {
        return status;
    }

    public BigDecimal amount() {
        return amount;
    }

    public @Nullable Tier fromTier() {
        return fromTier;
    }

    public @Nullable Long fromChannelId() {
        return fromChannelId;
    }

    public @Nullable Tier toTier() {
        return toTier;
    }

    public @Nullable Long toChannelId() {
        return toChannelId;
    }

    public String reason() {
        return reason;
    }

    public @Nullable String evidenceLinks() {
        return evidenceLinks;
    }

    public long requestedByUserId() {
        return requestedByUserId;
    }

    public MembershipRole requesterRole() {
        return requesterRole;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public long planChangeCount() {
        return planChangeCount;
    }

    /** The guardrail rules the request broke when it was last checked, comma-separated, or {@code null}. */
    public @Nullable String violations() {
        return violations;
    }

    public boolean delegated() {
        return delegated;
    }

    public @Nullable String overrideReason() {
        return overrideReason;
    }

    public @Nullable Long decidedByUserId() {
        return decidedByUserId;
    }

    public @Nullable Instant decidedAt() {
        return decidedAt;
    }

    public @Nullable String decisionReason() {
        return decisionReason;
    }

    public long version() {
        return version;
    }

    public List<ChangeRequestLineEntity> lines() {
        return List.copyOf(lines);
    }

    public List<RequestApprovalEntity> approvals() {
        return List.copyOf(approvals);
    }

    public List<Delta> deltas() {
        return lines.stream().map(ChangeRequestLineEntity::delta).toList();
    }

    public Set<Long> approvedBy() {
        Set<Long> founders = new LinkedHashSet<>();
        approvals.forEach(a -> founders.add(a.founderUserId()));
        return founders;
    }

    public void recordViolations(@Nullable String codes) {
        this.violations = codes;
    }

    /** One founder's yes; the request stays open until {@link #markApproved} when more founders must agree. */
    public void addApproval(long founderUserId, @Nullable String override, Instant at) {
        requireOpen();
        if (approvedBy().contains(founderUserId)) {
            throw new DomainException("request.alreadyApprovedByYou");
        }
        approvals.add(new RequestApprovalEntity(this, founderUserId, override, at));
        if (override != null) {
            this.overrideReason = override;
        }
        this.status = RequestStatus.PARTIALLY_APPROVED;
    }

    /** The last required yes: the change was applied; the amounts before and after are kept per line. */
    public void markApproved(long byUserId, Instant at, List<BigDecimal> before) {
        requireOpen();
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).applied(before.get(i));
        }
        this.status = RequestStatus.APPROVED;
        this.decidedByUserId = byUserId;
        this.decidedAt = at;
    }

    /** Approved on submission within the successor's delegated limit. */
    public void markDelegated(Instant at, List<BigDecimal> before) {
        this.delegated = true;
        markApproved(requestedByUserId, at, before);
    }

    public void reject(long byUserId, Instant at, String why) {
        requireOpen();
        this.status = RequestStatus.REJECTED;
        this.decidedByUserId = byUserId;
        this.decidedAt = at;
        this.decisionReason = why;
    }

    public void withdraw(long byUserId, Instant at) {
        requireOpen();
        if (byUserId != requestedByUserId) {
            throw new DomainException("request.onlyRequesterWithdraws");
        }
        this.status = RequestStatus.WITHDRAWN;
        this.decidedByUserId = byUserId;
        this.decidedAt = at;
    }

    private void requireOpen() {
        if (!status.open()) {
            throw new DomainException("request.alreadyDecided");
        }
    }
}
