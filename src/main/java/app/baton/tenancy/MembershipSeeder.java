package app.baton.tenancy;

import app.baton.security.AccountDirectory;
import app.baton.security.AccountSummary;
import app.baton.security.MembershipRole;
import app.baton.shared.DemoOnly;
import app.baton.shared.tenant.TenantTransactions;
import app.baton.tenancy.internal.AgencyMemberEntity;
import app.baton.tenancy.internal.AgencyMemberRepository;
import app.baton.tenancy.internal.MembershipEntity;
import app.baton.tenancy.internal.MembershipRepository;
import app.baton.tenancy.internal.TenantRepository;
import app.baton.tenancy.internal.VendorOrganisationEntity;
import app.baton.tenancy.internal.VendorOrganisationRepository;
import java.time.Clock;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Adds companies and memberships directly, bypassing sign-up and invitations: for demo data and test fixtures only.
 * Not a service, and absent from production profiles ({@link DemoOnly}): no screen or API reaches it.
 */
@Component
@DemoOnly
public class MembershipSeeder {

    private final CompanyService companies;
    private final MembershipRepository memberships;
    private final AgencyMemberRepository agencyMembers;
    private final VendorOrganisationRepository vendors;
    private final TenantRepository tenants;
    private final AccountDirectory accounts;
    private final TenantTransactions transactions;
    private final Clock clock;

    MembershipSeeder(
            CompanyService companies,
            MembershipRepository memberships,
            AgencyMemberRepository agencyMembers,
            VendorOrganisationRepository vendors,
            TenantRepository tenants,
            AccountDirectory accounts,
            TenantTransactions transactions,
            Clock clock) {
        this.companies = companies;
        this.memberships = memberships;
        this.agencyMembers = agencyMembers;
        this.vendors = vendors;
        this.tenants = tenants;
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Creates a company for an existing account, which becomes its founder. */
    public CompanyService.CompanyView createCompany(
            String name, String currency, String timeZone, AccountSummary founder) {
        return transactions.inSystem(() -> companies.insertCompany(name, currency, timeZone, founder));
    }

    /**
     * Adds a membership; for a vendor, creates the named agency with this person as its first person and admin.
     * Returns the agency id, or 0.
     */
    public long add(long tenantId, long userId, MembershipRole role, @Nullable String agencyName) {
        return transactions.inSystem(() -> {
            Long agencyId = null;
            if (role == MembershipRole.VENDOR) {
                agencyId = vendors.save(
                                new VendorOrganisationEntity(Objects.requireNonNull(agencyName), clock.instant()))
                        .id();
                agencyMembers.save(new AgencyMemberEntity(agencyId, userId, true, clock.instant()));
            }
            memberships.save(new MembershipEntity(userId, role, agencyId, clock.instant()).forTenant(tenantId));
            return agencyId == null ? 0L : agencyId;
        });
    }

    /** Adds a vendor membership for an existing agency, making the person one of the agency's people. */
    public void addToAgency(long tenantId, long userId, long agencyId) {
        transactions.inSystem(() -> {
            if (agencyMembers
                    .findByVendorOrganisationIdAndUserId(agencyId, userId)
                    .isEmpty()) {
                agencyMembers.save(new AgencyMemberEntity(agencyId, userId, false, clock.instant()));
            }
            return memberships.save(
                    new MembershipEntity(userId, MembershipRole.VENDOR, agencyId, clock.instant()).forTenant(tenantId));
        });
    }

    public boolean anyCompanyExists() {
        return transactions.inSystem(() -> tenants.count() > 0);
    }

    public boolean accountExists(String email) {
        return accounts.byEmail(email).isPresent();
    }

    public long userIdOf(String email) {
        return accounts.byEmail(email).map(AccountSummary::userId).orElseThrow();
    }

    /** The first company of an account (demo and tests). */
    public long tenantOf(String email) {
        long userId = userIdOf(email);
        return transactions.inSystem(() -> memberships.findByUserId(userId).stream()
                .map(MembershipEntity::getTenantId)
                .filter(Objects::nonNull)
                .min(Long::compare)
                .orElseThrow());
    }
}
