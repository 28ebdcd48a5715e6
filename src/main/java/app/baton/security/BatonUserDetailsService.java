package app.baton.security;

import app.baton.security.internal.UserAccountEntity;
import app.baton.security.internal.UserAccountRepository;
import java.time.Clock;
import java.util.List;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads the person signing in. With exactly one membership that company becomes current at once; with several
 * the person chooses after sign-in. A locked account is reported as locked before its password is checked.
 */
@Component
class BatonUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final MembershipDirectory directory;
    private final Clock clock;

    BatonUserDetailsService(UserAccountRepository accounts, MembershipDirectory directory, Clock clock) {
        this.accounts = accounts;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public BatonUser loadUserByUsername(String username) {
        UserAccountEntity account = accounts.findByEmail(Emails.normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        List<MembershipInfo> memberships = directory.membershipsOf(account.id());
        return new BatonUser(
                account.id(),
                account.email(),
                account.displayName(),
                account.languageTag(),
                account.passwordHash(),
                !account.isLockedAt(clock.instant()),
                memberships.size() == 1 ? memberships.getFirst() : null);
    }
}
