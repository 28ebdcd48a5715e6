package app.baton.tenancy.internal;

import app.baton.security.MembershipRole;
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

/** One account's role in one company. A vendor membership names the agency it works for. */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "membership")
public class MembershipEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private MembershipRole role;

    @Column(name = "vendor_organisation_id", updatable = false)
    private @Nullable Long vendorOrganisationId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected MembershipEntity() {
        this.role = MembershipRole.SUCCESSOR;
        this.createdAt = Instant.EPOCH;
    }

    public MembershipEntity(long userId, MembershipRole role, @Nullable Long vendorOrganisationId, Instant createdAt) {
        if ((role == MembershipRole.VENDOR) != (vendorOrganisationId != null)) {
            throw new IllegalArgumentException("a vendor membership, and only one, names its agency");
        }
        this.userId = userId;
        this.role = role;
        this.vendorOrganisationId = vendorOrganisationId;
        this.createdAt = createdAt;
    }

    /** For inserts made in system scope on behalf of a company (sign-up, accepting an invitation). */
    public MembershipEntity forTenant(long tenantId) {
        assignTenant(tenantId);
        return this;
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

    public MembershipRole role() {
        return role;
    }

    public @Nullable Long vendorOrganisationId() {
        return vendorOrganisationId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Founders and successors may swap roles; a vendor stays a vendor (it belongs to an agency). */
    public void changeRole(MembershipRole newRole) {
        if (role == MembershipRole.VENDOR || newRole == MembershipRole.VENDOR) {
            throw new app.baton.shared.DomainException("members.vendorRoleFixed");
        }
        this.role = newRole;
    }
}
