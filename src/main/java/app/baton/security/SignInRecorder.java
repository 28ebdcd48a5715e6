package app.baton.security;

import app.baton.security.internal.LoginAttemptEntity;
import app.baton.security.internal.LoginAttemptRepository;
import app.baton.security.internal.UserAccountEntity;
import app.baton.security.internal.UserAccountRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Records every form sign-in attempt (audited). Accounts are no longer locked after failures — a stranger could lock
 * any founder out that way; guessing is slowed by {@link SignInThrottle} instead, per client and per account and
 * client (decision 014).
 */
@Component
class SignInRecorder {

    private static final Logger log = LoggerFactory.getLogger(SignInRecorder.class);

    private final LoginAttemptRepository attempts;
    private final UserAccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignInRecorder(
            LoginAttemptRepository attempts,
            UserAccountRepository accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.attempts = attempts;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /*
     * Neither listener runs in a transaction of its own: the attempt is saved in the repository's, and the audit row
     * the event writes takes the company's in another. Wrapped in one, each sign-in held two pool connections at once
     * (the outer one waiting, suspended, on the audit's): at 500 users ten concurrent sign-ins held all ten and waited
     * for an eleventh until the pool's 30 s timeout, and every page of every company with them (decision 017).
     */
    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        if (!(authentication.getPrincipal() instanceof BatonUser user)) {
            return;
        }
        if (!(authentication.getDetails() instanceof WebAuthenticationDetails)) {
            // API token or a test's authentication: not a form sign-in
            return;
        }
        attempts.save(new LoginAttemptEntity(
                user.email(), user.userId(), true, remoteAddress(authentication), clock.instant()));
        MembershipInfo membership = user.membership();
        if (membership != null) {
            events.publishEvent(
                    new SecurityEvents.SignedIn(membership.tenantId(), user.userId(), user.email(), membership.role()));
        }
    }

    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication authentication = event.getAuthentication();
        String email = Emails.normalise(String.valueOf(authentication.getPrincipal()));
        if (email.length() > Emails.MAX) {
            email = email.substring(0, Emails.MAX);
        }
        Instant now = clock.instant();
        Optional<UserAccountEntity> account = accounts.findByEmail(email);
        @Nullable Long userId = account.map(UserAccountEntity::id).orElse(null);
        attempts.save(new LoginAttemptEntity(email, userId, false, remoteAddress(authentication), now));
        events.publishEvent(new SecurityEvents.SignInFailed(email, userId, remoteAddress(authentication), false));
    }

    private static @Nullable String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }
}
