package app.baton.security;

import app.baton.shared.DemoOnly;
import app.baton.shared.tenant.TenantTransactions;
import org.springframework.stereotype.Component;

/**
 * Stores a known API token for a membership (the demo vendor's {@code BATON_DEMO_VENDOR_TOKEN}). A known secret is
 * only acceptable for demo data: absent from production profiles ({@link DemoOnly}).
 */
@Component
@DemoOnly
public class ApiTokenSeeder {

    private final ApiTokenService tokens;
    private final TenantTransactions transactions;

    ApiTokenSeeder(ApiTokenService tokens, TenantTransactions transactions) {
        this.tokens = tokens;
        this.transactions = transactions;
    }

    /** Stores the token in the membership's tenant; does nothing when it already exists. */
    public void ensureKnownToken(MembershipInfo membership, String name, String token) {
        if (!ApiTokenService.isFor(membership, token)) {
            throw new IllegalArgumentException("the token must start with baton_" + membership.tenantId() + "_");
        }
        transactions.inTenant(membership.tenantId(), () -> {
            if (!tokens.exists(token)) {
                tokens.store(membership, name, token);
            }
        });
    }
}
