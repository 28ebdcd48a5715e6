package app.baton.shared.tenant;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work in a new transaction (so a new Hibernate session) scoped to one tenant, or to all tenants. A
 * session's tenant is fixed when it opens, so joining an outer transaction would keep the outer tenant.
 */
@Component
public class TenantTransactions {

    private final TransactionTemplate requiresNew;
    private final TransactionTemplate readOnly;

    TenantTransactions(PlatformTransactionManager transactionManager) {
        this.requiresNew = new TransactionTemplate(transactionManager);
        this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly.setReadOnly(true);
    }

    public <T> T inTenant(long tenantId, Supplier<T> work) {
        return TenantContext.callAs(tenantId, () -> requiresNew.execute(status -> work.get()));
    }

    public void inTenant(long tenantId, Runnable work) {
        inTenant(tenantId, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs work in the given tenant, joining the current transaction when its session already belongs to that
     * tenant (or sees all tenants), else in a new transaction. Event listeners use it to stay atomic with the
     * change that raised the event whenever they can.
     */
    public void joinOrInTenant(long tenantId, Runnable work) {
        Long current = TenantContext.override();
        boolean sameScope = current != null && (current == tenantId || current == TenantContext.SYSTEM);
        if (!sameScope && current == null) {
            Long signedIn = signedInTenant();
            sameScope = signedIn != null && signedIn == tenantId;
        }
        if (sameScope && TransactionSynchronizationManager.isActualTransactionActive()) {
            work.run();
        } else {
            inTenant(tenantId, work);
        }
    }

    private static @Nullable Long signedInTenant() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TenantPrincipal principal) {
            return principal.currentTenantId();
        }
        return null;
    }

    /** Work that must see every tenant (sign-in, invitation links). Keep it small and reviewed. */
    public <T> T inSystem(Supplier<T> work) {
        return inTenant(TenantContext.SYSTEM, work);
    }

    /**
     * As {@link #inSystem} for work that only reads: a read-only transaction, in which Hibernate neither checks what
     * it loaded for changes nor flushes. The membership look-up of every request runs here.
     */
    public <T> T readInSystem(Supplier<T> work) {
        return TenantContext.callAs(TenantContext.SYSTEM, () -> readOnly.execute(status -> work.get()));
    }
}
