package app.baton.tenancy;

import app.baton.security.AccountService;
import app.baton.security.AccountSummary;
import app.baton.security.CurrentUser;
import app.baton.security.Emails;
import app.baton.security.MembershipRole;
import app.baton.shared.CompanyDefaults;
import app.baton.shared.DomainException;
import app.baton.shared.TextLimits;
import app.baton.shared.tenant.TenantTransactions;
import app.baton.shared.validation.CommandCheck;
import app.baton.tenancy.internal.MembershipEntity;
import app.baton.tenancy.internal.MembershipRepository;
import app.baton.tenancy.internal.TenantEntity;
import app.baton.tenancy.internal.TenantRepository;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
    private final app.baton.tenancy.internal.SignUpRequestRepository signUps;
    private final InvitationMailer mailer;
    private final CommandCheck commands;

    CompanyService(
            TenantRepository tenants,
            MembershipRepository memberships,
            AccountService accounts,
            TenantTransactions transactions,
            ApplicationEventPublisher events,
            Clock clock,
            CurrentUser currentUser,
            app.baton.tenancy.internal.SignUpRequestRepository signUps,
            InvitationMailer mailer,
            CommandCheck commands) {
        this.commands = commands;
        this.signUps = signUps;
        this.mailer = mailer;
        this.currentUser = currentUser;
        this.tenants = tenants;
        this.memberships = memberships;
        this.accounts = accounts;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What the sign-up page asks first: the company, the person, the address (the password comes with the link), and
     * the language the page was read in. The page is bound to this record ({@code CommandBinder}); {@link #startSignUp}
     * checks the same constraints.
     */
    public record SignUp(
            @NotBlank(message = "signUp.companyNameRequired")
            @Size(max = TextLimits.NAME, message = "signUp.companyNameRequired")
            String companyName,

            @NotBlank(message = "account.displayNameRequired")
            @Size(max = TextLimits.NAME, message = "account.displayNameRequired")
            String displayName,

            @NotBlank(message = "email.invalid")
            @Size(max = Emails.MAX, message = "email.invalid")
            @Pattern(regexp = Emails.TYPED_SHAPE, message = "email.invalid")
            String email,

            String languageTag) {}

    /** A sign-up waiting on its link, as the confirmation page shows it. */
    public record PendingSignUp(String companyName, String displayName, String email) {}

    /** How long a sign-up link stays valid. */
    public static final java.time.Duration SIGN_UP_VALIDITY = java.time.Duration.ofHours(24);

    /** A company as its members see it. */
    public record CompanyView(long id, String name, String currency, String timeZone, int fiscalYearStartMonth) {}

    /**
     * Starts a sign-up: anyone may. The answer is the same whether or not the address has an account, so that the page
     * tells nobody which addresses are on Baton: a new address is mailed a link (24 hours) to choose a password and
     * create the company; an address that has an account is mailed its owner a note instead. Refusals (checked the
     * same way for every address): {@code signUp.companyNameRequired}, {@code account.displayNameRequired},
     * {@code email.invalid}.
     */
    @PreAuthorize("permitAll()")
    public void startSignUp(SignUp signUp) {
        start(signUp);
    }

    /** The link's secret when one was mailed (tests read it here), else null. */
    @org.jspecify.annotations.Nullable
    String start(SignUp signUp) {
        commands.check(signUp);
        // a name of nothing but invisible characters is no name either
        String companyName = app.baton.shared.Names.clean(signUp.companyName());
        if (companyName.isEmpty()) {
            throw new DomainException("signUp.companyNameRequired");
        }
        String displayName = app.baton.shared.Names.clean(signUp.displayName());
        if (displayName.isEmpty()) {
            throw new DomainException("account.displayNameRequired");
        }
        String email = app.baton.security.Emails.valid(signUp.email());
        String language =
                app.baton.shared.i18n.Messages.supported(signUp.languageTag()).toLanguageTag();
        java.time.Instant now = clock.instant();
        return transactions.inSystem(() -> {
            if (accounts.accountExists(email)) {
                mailer.signUpWithExistingAccount(email, companyName, language);
                return null;
            }
            // at most five links a day to one address: the form cannot be used to flood a mailbox
            if (signUps.countByEmailAndCreatedAtAfter(email, now.minus(SIGN_UP_VALIDITY)) >= 5) {
                return null;
            }
            String token = app.baton.shared.Tokens.randomSecret(32);
            signUps.save(new app.baton.tenancy.internal.SignUpRequestEntity(
                    email,
                    companyName,
                    displayName,
                    language,
                    app.baton.shared.Tokens.sha256(token),
                    now,
                    now.plus(SIGN_UP_VALIDITY)));
            mailer.signUpLink(email, companyName, displayName, "sign-up/" + token, language);
            return token;
        });
    }

    /** The sign-up a link stands for, while it is open. */
    @PreAuthorize("permitAll()")
    public java.util.Optional<PendingSignUp> pendingSignUp(String token) {
        return transactions.inSystem(
                () -> openSignUp(token).map(r -> new PendingSignUp(r.companyName(), r.displayName(), r.email())));
    }

    /**
     * Finishes a sign-up from its link: the account with the chosen password, the company and its founder membership,
     * all or nothing; the link is used up. Refusals: {@code signUp.linkNotOpen}, the password rules.
     */
    @PreAuthorize("permitAll()")
    public CompanyView finishSignUp(String token, String password) {
        return transactions.inSystem(() -> {
            app.baton.tenancy.internal.SignUpRequestEntity request =
                    openSignUp(token).orElseThrow(() -> new DomainException("signUp.linkNotOpen"));
            if (accounts.accountExists(request.email())) {
                throw new DomainException("signUp.linkNotOpen");
            }
            AccountSummary account =
                    accounts.createAccount(request.email(), request.displayName(), password, request.languageTag());
            request.use(clock.instant());
            signUps.save(request);
            return insertCompany(request.companyName(), CompanyDefaults.CURRENCY, CompanyDefaults.ZONE_ID, account);
        });
    }

    private java.util.Optional<app.baton.tenancy.internal.SignUpRequestEntity> openSignUp(String token) {
        if (token.isBlank() || token.length() > 100) {
            return java.util.Optional.empty();
        }
        return signUps.findByTokenHash(app.baton.shared.Tokens.sha256(token)).filter(r -> r.isOpenAt(clock.instant()));
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
