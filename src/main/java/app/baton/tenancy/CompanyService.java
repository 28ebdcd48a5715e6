package app.baton.tenancy;

import app.baton.security.AccountService;
import app.baton.security.AccountSummary;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipRole;
import app.baton.shared.DomainException;
import app.baton.shared.tenant.TenantTransactions;
import app.baton.tenancy.internal.MembershipEntity;
import app.baton.tenancy.internal.MembershipRepository;
import app.baton.tenancy.internal.TenantEntity;
import app.baton.tenancy.internal.TenantRepository;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Currency;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Sign-up (a person creates a company and becomes its first founder) and the current company's details. */
@Service
public class CompanyService {

    private final TenantRepository tenants;
    private final MembershipRepository memberships;
    private final AccountService accounts;
    private final TenantTransactions transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CurrentUser currentUser;

    CompanyService(
            TenantRepository tenants,
            MembershipRepository memberships,
            AccountService accounts,
            TenantTransactions transactions,
            ApplicationEventPublisher events,
            Clock clock,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.tenants = tenants;
        this.memberships = memberships;
        this.accounts = accounts;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** What a person fills in to start using Baton. */
    public record SignUp(String companyName, String displayName, String email, String password, String languageTag) {}

    /** A company as its members see it. */
    public record CompanyView(long id, String name, String currency, String timeZone, int fiscalYearStartMonth) {}

    /**
     * Creates the account and the company with its founder membership, all or nothing. Anyone may sign up.
     * Defaults: currency TWD, time zone Asia/Taipei, fiscal year starting in January.
     */
    @PreAuthorize("permitAll()")
    public CompanyView signUp(SignUp signUp) {
        String companyName = app.baton.shared.Names.clean(signUp.companyName());
        if (companyName.isEmpty() || companyName.length() > 200) {
            throw new DomainException("signUp.companyNameRequired");
        }
        // one transaction across tenants: the account, the company and its first membership, or nothing
        return transactions.inSystem(() -> {
            AccountSummary account = accounts.createAccount(
                    signUp.email(), signUp.displayName(), signUp.password(), signUp.languageTag());
            return insertCompany(companyName, "TWD", "Asia/Taipei", account);
        });
    }

    /** The current company's settings: currency, time zone and the month its fiscal year starts. */
    @PreAuthorize("isAuthenticated()")
    public CompanyView current() {
        long tenantId = currentUser.requireMembership().tenantId();
        return tenants.findById(tenantId).map(CompanyService::view).orElseThrow();
    }

    /** The company and its founder membership; the caller holds a system transaction. */
    CompanyView insertCompany(String name, String currency, String timeZone, AccountSummary founder) {
        Currency.getInstance(currency);
        ZoneId.of(timeZone);
        TenantEntity tenant =
                tenants.save(new TenantEntity(name, currency, 1, timeZone, founder.languageTag(), clock.instant()));
        memberships.save(new MembershipEntity(founder.userId(), MembershipRole.FOUNDER, null, clock.instant())
                .forTenant(tenant.id()));
        events.publishEvent(new TenancyEvents.CompanyCreated(tenant.id(), founder.userId(), tenant.name()));
        return view(tenant);
    }

    private static CompanyView view(TenantEntity tenant) {
        return new CompanyView(
                tenant.id(), tenant.name(), tenant.currency(), tenant.timeZone(), tenant.fiscalYearStartMonth());
    }
}
