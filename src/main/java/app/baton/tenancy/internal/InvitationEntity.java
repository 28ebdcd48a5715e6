package app.baton.tenancy.internal;

import app.baton.security.Emails;
import app.baton.security.MembershipRole;
import app.baton.shared.TextLimits;
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
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A single-use invitation link to join a company in a role; only the link secret's hash is stored. */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "invitation")
public class InvitationEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = Emails.MAX)
    private String email;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private MembershipRole role;

    @Column(name = "vendor_organisation_name", length = TextLimits.NAME)
    private @Nullable String vendorOrganisationName;

    @Column(name = "vendor_organisation_id", updatable = false)
    private @Nullable Long vendorOrganisationId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "invited_by_user_id", nullable = false)
    private long invitedByUserId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private @Nullable Instant acceptedAt;

    @Column(name = "accepted_by_user_id")
    private @Nullable Long acceptedByUserId;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Version
    private long version;

    protected InvitationEntity() {
        this.email = "";
        this.role = MembershipRole.SUCCESSOR;
        this.tokenHash = "";
        this.createdAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    public InvitationEntity(
            String email,
            MembershipRole role,
            @Nullable String vendorOrganisationName,
            String tokenHash,
            long invitedByUserId,
            Instant createdAt,
            Instant expiresAt) {
        this.email = email;
        this.role = role;
        this.vendorOrganisationName = vendorOrganisationName;
        this.tokenHash = tokenHash;
        this.invitedByUserId = invitedByUserId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public String email() {
        return email;
    }

    public MembershipRole role() {
        return role;
    }

    /** The agency the invitation is for when it was sent from an engagement (the agency exists already). */
    public @Nullable Long vendorOrganisationId() {
        return vendorOrganisationId;
    }

    public InvitationEntity forAgency(long agencyId) {
        this.vendorOrganisationId = agencyId;
        return this;
    }

    public @Nullable String vendorOrganisationName() {
        return vendorOrganisationName;
    }

    public long invitedByUserId() {
        return invitedByUserId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public @Nullable Instant acceptedAt() {
        return acceptedAt;
    }

    public @Nullable Instant revokedAt() {
        return revokedAt;
    }

    public boolean isOpenAt(Instant now) {
        return acceptedAt == null && revokedAt == null && expiresAt.isAfter(now);
    }

    public void accept(long userId, Instant now) {
        if (!isOpenAt(now)) {
            throw new app.baton.shared.DomainException("invitation.notOpen");
        }
        this.acceptedAt = now;
        this.acceptedByUserId = userId;
    }

    public void revoke(Instant now) {
        if (acceptedAt != null) {
            throw new app.baton.shared.DomainException("invitation.alreadyAccepted");
        }
        if (revokedAt == null) {
            this.revokedAt = now;
        }
    }
}
