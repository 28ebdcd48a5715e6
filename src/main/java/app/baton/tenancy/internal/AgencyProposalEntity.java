package app.baton.tenancy.internal;

import app.baton.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A client company's proposal that a person join an agency and serve it (they accepted the company's invitation).
 * Owned by the agency, which decides: until one of its admins accepts, the person has no membership and sees nothing.
 */
@Entity
@Table(name = "agency_proposal")
public class AgencyProposalEntity {

    /** Where a proposal stands. */
    public enum Status {
        PROPOSED,
        ACCEPTED,
        REFUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "vendor_organisation_id", nullable = false, updatable = false)
    private long vendorOrganisationId;

    @Column(name = "client_tenant_id", nullable = false, updatable = false)
    private long clientTenantId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "proposed_by_user_id", nullable = false, updatable = false)
    private long proposedByUserId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.PROPOSED;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "decided_by_user_id")
    private @Nullable Long decidedByUserId;

    @Version
    private long version;

    protected AgencyProposalEntity() {}

    public AgencyProposalEntity(
            long vendorOrganisationId, long clientTenantId, long userId, long proposedByUserId, Instant createdAt) {
        this.vendorOrganisationId = vendorOrganisationId;
        this.clientTenantId = clientTenantId;
        this.userId = userId;
        this.proposedByUserId = proposedByUserId;
        this.createdAt = createdAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public long vendorOrganisationId() {
        return vendorOrganisationId;
    }

    public long clientTenantId() {
        return clientTenantId;
    }

    public long userId() {
        return userId;
    }

    public long proposedByUserId() {
        return proposedByUserId;
    }

    public Status status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The agency's answer; only an open proposal takes one. Refusal: {@code agency.proposalDecided}. */
    public void decide(boolean accept, long byUserId, Instant at) {
        if (status != Status.PROPOSED) {
            throw new DomainException("agency.proposalDecided");
        }
        status = accept ? Status.ACCEPTED : Status.REFUSED;
        decidedByUserId = byUserId;
        decidedAt = at;
    }
}
