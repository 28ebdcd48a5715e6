package app.baton.shared.tenant;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Explicit tenant scope for work that runs outside a signed-in membership: sign-in, invitation links, API
 * tokens and event listeners. Everything else takes its tenant from the signed-in membership.
 */
public final class TenantContext {

    /** Identifier that lets a Hibernate session see every tenant; only for lookups that must cross tenants. */
    public static final long SYSTEM = 0L;

    /** Identifier that matches no tenant: what a session gets when nobody has chosen a company. */
    public static final long NONE = -1L;

    private static final ThreadLocal<@Nullable Long> OVERRIDE = new ThreadLocal<>();

    private TenantContext() {}

    /** The tenant set explicitly on this thread, if any. */
    public static @Nullable Long override() {
        return OVERRIDE.get();
    }

    /** Runs {@code work} with sessions scoped to one tenant; sessions must be opened inside (new transaction). */
    public static <T> T callAs(long tenantId, Supplier<T> work) {
        Long previous = OVERRIDE.get();
        OVERRIDE.set(tenantId);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }
}
