package app.baton.security;

import app.baton.security.internal.LoginAttemptEntity;
import app.baton.security.internal.LoginAttemptRepository;
import app.baton.security.internal.UserAccountEntity;
import app.baton.security.internal.UserAccountRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every form sign-in attempt and locks an account after too many failures in a window (by default 10
 * in 15 minutes, locked for 15 minutes). The lock is per account, so nobody can lock the whole site out, and it
 * lives in the database, so it holds across app replicas.
 */
@Component
class SignInRecorder {

    private static final Logger log = LoggerFactory.getLogger(SignInRecorder.class);

    private final LoginAttemptRepository attempts;
    private final UserAccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration lockDuration;

    SignInRecorder(
            LoginAttemptRepository attempts,
            UserAccountRepository accounts,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${baton.security.lock.max-failures:10}") int maxFailures,
            @Value("${baton.security.lock.window:PT15M}") Duration window,
            @Value("${baton.security.lock.duration:PT15M}") Duration lockDuration) {
        this.attempts = attempts;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockDuration = lockDuration;
    }

    @EventListener
    @Transactional
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
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication authentication = event.getAuthentication();
        String email = Emails.normalise(String.valueOf(authentication.getPrincipal()));
        if (email.length() > 254) {
            email = email.substring(0, 254);
        }
        Instant now = clock.instant();
        Optional<UserAccountEntity> account = accounts.findByEmail(email);
        @Nullable Long userId = account.map(UserAccountEntity::id).orElse(null);
        attempts.save(new LoginAttemptEntity(email, userId, false, remoteAddress(authentication), now));
        boolean lockedNow = false;
        if (account.isPresent() && !(event instanceof AuthenticationFailureLockedEvent)) {
            UserAccountEntity entity = account.get();
            long recent = attempts.countByEmailAndSuccessFalseAndOccurredAtAfter(email, now.minus(window));
            if (recent >= maxFailures && !entity.isLockedAt(now)) {
                entity.lockUntil(now.plus(lockDuration));
                lockedNow = true;
                log.warn("Account {} locked after {} failed sign-ins", entity.id(), recent);
            }
        }
        events.publishEvent(new SecurityEvents.SignInFailed(email, userId, remoteAddress(authentication), lockedNow));
    }

    private static @Nullable String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }
}
