package app.baton.selection.internal;

import app.baton.selection.CandidateState;
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
import java.time.Instant;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/** An agency asked to propose in a round, and where it stands: invited, proposed, chosen or not chosen. */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "selection_candidate")
public class CandidateEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "vendor_organisation_id", nullable = false, updatable = false)
    private long agencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CandidateState state = CandidateState.INVITED;

    @Column(name = "added_by_user_id", nullable = false, updatable = false)
    private long addedByUserId;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt = Instant.EPOCH;

    protected CandidateEntity() {}

    public CandidateEntity(long roundId, long agencyId, long addedByUserId, Instant addedAt) {
        this.roundId = roundId;
        this.agencyId = agencyId;
        this.addedByUserId = addedByUserId;
        this.addedAt = addedAt;
    }

    public void moveTo(CandidateState state) {
        this.state = state;
    }

    public long id() {
        return java.util.Objects.requireNonNull(id, "not saved yet");
    }

    public long roundId() {
        return roundId;
    }

    public long agencyId() {
        return agencyId;
    }

    public CandidateState state() {
        return state;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
