package app.baton.tenancy.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A person of an agency. Global, and owned by the agency, not by any client company: only the agency's own people
 * (its admins) add someone, by accepting a client company's proposal; the agency's first person is its admin.
 */
@Entity
@Table(name = "agency_member")
public class AgencyMemberEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "vendor_organisation_id", nullable = false, updatable = false)
    private long vendorOrganisationId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(nullable = false)
    private boolean admin;

    @Column(name = "joined_at", nullable = false, updatable = false)
    private Instant joinedAt = Instant.EPOCH;

    protected AgencyMemberEntity() {}

    public AgencyMemberEntity(long vendorOrganisationId, long userId, boolean admin, Instant joinedAt) {
        this.vendorOrganisationId = vendorOrganisationId;
        this.userId = userId;
        this.admin = admin;
        this.joinedAt = joinedAt;
    }

    public long vendorOrganisationId() {
        return vendorOrganisationId;
    }

    public long userId() {
        return userId;
    }

    public boolean admin() {
        return admin;
    }

    public Instant joinedAt() {
        return joinedAt;
    }
}
