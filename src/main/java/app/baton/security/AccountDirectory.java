package app.baton.security;

import app.baton.security.internal.UserAccountRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only look-ups of accounts for other modules' internals (membership lists, the audit log's actor names).
 * Accounts are global, so these reveal nothing of a tenant; callers decide what to show.
 */
@Component
public class AccountDirectory {

    private final UserAccountRepository accounts;

    AccountDirectory(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> byId(long userId) {
        return accounts.findById(userId).map(AccountService::summary);
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> byEmail(String email) {
        return accounts.findByEmail(Emails.normalise(email)).map(AccountService::summary);
    }

    /** Display names by user id, in one query; ids without an account are absent. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> displayNames(Collection<Long> userIds) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        if (userIds.isEmpty()) {
            return names;
        }
        for (Object[] row : accounts.displayNames(java.util.Set.copyOf(userIds))) {
            names.put((Long) row[0], (String) row[1]);
        }
        return names;
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> byIds(Collection<Long> userIds) {
        return accounts.findAllById(userIds).stream()
                .map(AccountService::summary)
                .toList();
    }

    /** When the account's password was last reset, if ever: sessions that began before it are over. */
    @Transactional(readOnly = true)
    public Optional<java.time.Instant> credentialsChangedAt(long userId) {
        return accounts.findById(userId).map(a -> a.credentialsChangedAt());
    }
}
