package app.baton.shared.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Base of every tenant-owned entity. Hibernate fills {@code tenant_id} from the session's tenant on insert and
 * adds it to every query, update and delete it generates.
 */
@MappedSuperclass
public abstract class TenantScopedEntity {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private @Nullable Long tenantId;

    public @Nullable Long getTenantId() {
        return tenantId;
    }

    /** Only for inserts made in system scope on behalf of a tenant (e.g. accepting an invitation). */
    protected void assignTenant(long tenantId) {
        this.tenantId = tenantId;
    }
}
