package app.baton.shared.tenant;

import org.jspecify.annotations.Nullable;

/** A signed-in principal that may have chosen a company (tenant) to work in. */
public interface TenantPrincipal {

    /** The chosen tenant's id, or {@code null} before a company is chosen. */
    @Nullable
    Long currentTenantId();
}
