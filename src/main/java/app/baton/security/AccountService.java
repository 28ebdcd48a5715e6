package app.baton.security;

import app.baton.security.internal.UserAccountEntity;
import app.baton.security.internal.UserAccountRepository;
import app.baton.shared.DomainException;
import app.baton.shared.TextLimits;
import app.baton.shared.i18n.Messages;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Global accounts: create one, change one's own profile and password. */
@Service
public class AccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccountService(
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            CurrentUser currentUser,
            Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Creates an account. Anyone may: it is how sign-up and accepting an invitation start. The e-mail must be
     * new and the password must pass the {@link PasswordPolicy}.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public AccountSummary createAccount(String email, String displayName, String password, String languageTag) {
        String normalised = Emails.valid(email);
        String name = app.baton.shared.Names.clean(displayName);
        if (name.isEmpty() || name.length() > TextLimits.NAME) {
            throw new DomainException("account.displayNameRequired");
        }
        if (accounts.existsByEmail(normalised)) {
            throw new DomainException("account.emailTaken");
        }
        passwordPolicy.check(password, normalised);
        UserAccountEntity saved = accounts.save(new UserAccountEntity(
                normalised,
                name,
                Messages.supported(languageTag).toLanguageTag(),
                passwordEncoder.encode(password),
                clock.instant()));
        return summary(saved);
    }

    /** Whether an account with this e-mail exists (invitation links need to know whether to ask for sign-in). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean accountExists(String email) {
        return accounts.existsByEmail(Emails.normalise(email));
    }

    /** The signed-in person's own account. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AccountSummary myAccount() {
        return summary(load(currentUser.require().userId()));
    }

    /** Changes the signed-in person's name and language; the session picks them up at once. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public AccountSummary updateMyProfile(String displayName, String languageTag) {
        String name = app.baton.shared.Names.clean(displayName);
        if (name.isEmpty() || name.length() > TextLimits.NAME) {
            throw new DomainException("account.displayNameRequired");
        }
        UserAccountEntity account = load(currentUser.require().userId());
        account.changeProfile(name, Messages.supported(languageTag).toLanguageTag());
        currentUser.refreshProfile(account.displayName(), account.languageTag());
        return summary(account);
    }

    /** Changes the signed-in person's password after checking the current one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeMyPassword(String currentPassword, String newPassword) {
        UserAccountEntity account = load(currentUser.require().userId());
        if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new DomainException("password.currentWrong");
        }
        passwordPolicy.check(newPassword, account.email());
        account.changePassword(passwordEncoder.encode(newPassword));
    }

    private UserAccountEntity load(long userId) {
        return accounts.findById(userId).orElseThrow(() -> new DomainException("account.notFound"));
    }

    static AccountSummary summary(UserAccountEntity account) {
        return new AccountSummary(account.id(), account.email(), account.displayName(), account.languageTag());
    }
}
