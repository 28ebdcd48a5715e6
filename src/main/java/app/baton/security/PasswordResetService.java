package app.baton.security;

import app.baton.security.internal.PasswordResetEntity;
import app.baton.security.internal.PasswordResetRepository;
import app.baton.security.internal.UserAccountEntity;
import app.baton.security.internal.UserAccountRepository;
import app.baton.shared.DomainException;
import app.baton.shared.Tokens;
import app.baton.shared.i18n.Messages;
import app.baton.shared.mail.Mailer;
import app.baton.shared.web.BaseUrl;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password": anyone may ask for a link for an address, and is told the same whether or not an account has it;
 * the owner gets a single-use link valid for 30 minutes in their language. Setting a new password through it ends
 * every session the account had (on each one's next request) and is audited in each of its companies.
 */
@Service
public class PasswordResetService {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetService.class);

    /** How long a link stays valid. */
    public static final Duration VALIDITY = Duration.ofMinutes(30);

    /** At most this many links an hour per account: asking again and again does not flood the owner's mailbox. */
    static final int PER_HOUR = 3;

    private final UserAccountRepository accounts;
    private final PasswordResetRepository resets;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final MembershipDirectory memberships;
    private final Mailer mailer;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BaseUrl baseUrl;

    PasswordResetService(
            UserAccountRepository accounts,
            PasswordResetRepository resets,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            MembershipDirectory memberships,
            Mailer mailer,
            MessageSource messages,
            ApplicationEventPublisher events,
            Clock clock,
            BaseUrl baseUrl) {
        this.accounts = accounts;
        this.resets = resets;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.memberships = memberships;
        this.mailer = mailer;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /**
     * Mails a reset link to the address if an account has it; does nothing visible otherwise (the caller shows the
     * same words either way). Refusal: {@code email.invalid} for something that is not an address.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void request(String email) {
        issue(email);
    }

    /** The link's secret when one was issued (tests read it here instead of from a mailbox), else null. */
    @org.jspecify.annotations.Nullable
    @Transactional
    String issue(String email) {
        String address = Emails.valid(email);
        Optional<UserAccountEntity> found = accounts.findByEmail(address);
        if (found.isEmpty()) {
            return null;
        }
        UserAccountEntity account = found.get();
        Instant now = clock.instant();
        if (resets.countByUserIdAndCreatedAtAfter(account.id(), now.minus(Duration.ofHours(1))) >= PER_HOUR) {
            return null;
        }
        String token = Tokens.randomSecret(32);
        resets.save(new PasswordResetEntity(account.id(), Tokens.sha256(token), now, now.plus(VALIDITY)));
        audit(account, SecurityEvents.PasswordResetRequested::new);
        Locale locale = Messages.supported(account.languageTag());
        String link = baseUrl.get() + "reset-password/" + token;
        String subject = messages.getMessage("mail.passwordReset.subject", null, locale);
        String body =
                messages.getMessage("mail.passwordReset.body", new Object[] {account.displayName(), link}, locale);
        if (!mailer.smtp()) {
            // development without SMTP: the link is only in the log (never the password, never another address)
            log.info("Password reset link for account {} (no SMTP configured): {}", account.id(), link);
            return token;
        }
        try {
            mailer.send(account.email(), subject, body);
        } catch (MailException e) {
            log.warn("Could not mail a password reset link for account {}", account.id(), e);
        }
        return token;
    }

    /** Whether a link is still good (unknown, used and expired links are not). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean isOpen(String token) {
        return open(token).isPresent();
    }

    /**
     * Sets a new password through a link, once. Every session of the account ends; other open links are used up.
     * Refusals: {@code passwordReset.notOpen}, and the password rules ({@code password.*}).
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void reset(String token, String newPassword) {
        PasswordResetEntity reset = open(token).orElseThrow(() -> new DomainException("passwordReset.notOpen"));
        UserAccountEntity account =
                accounts.findById(reset.userId()).orElseThrow(() -> new DomainException("passwordReset.notOpen"));
        passwordPolicy.check(newPassword, account.email());
        Instant now = clock.instant();
        for (PasswordResetEntity other : resets.findByUserIdAndUsedAtIsNull(account.id())) {
            other.use(now);
        }
        reset.use(now);
        account.resetPassword(passwordEncoder.encode(newPassword), now);
        audit(account, SecurityEvents.PasswordReset::new);
    }

    private Optional<PasswordResetEntity> open(String token) {
        if (token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return resets.findByTokenHash(Tokens.sha256(token)).filter(r -> r.isOpenAt(clock.instant()));
    }

    /** A reset step as the event of each company the account is a member of. */
    private interface Step {
        SecurityEvents.SecurityEvent of(long tenantId, long userId, String email, MembershipRole role);
    }

    private void audit(UserAccountEntity account, Step step) {
        for (MembershipInfo membership : memberships.membershipsOf(account.id())) {
            events.publishEvent(step.of(membership.tenantId(), account.id(), account.email(), membership.role()));
        }
    }
}
