package app.baton.security;

import app.baton.security.internal.ApiTokenEntity;
import app.baton.security.internal.ApiTokenRepository;
import app.baton.shared.DomainException;
import app.baton.shared.Tokens;
import app.baton.shared.tenant.TenantTransactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens of vendor members. A token is shown once, at creation; only its SHA-256 hash is stored.
 * The token text carries its company's id ({@code baton_<tenant>_<secret>}) so a look-up never crosses tenants.
 */
@Service
public class ApiTokenService {

    private static final String PREFIX = "baton_";

    /** Last use is recorded to the minute: at most one write a minute per token, however busy its client. */
    static final java.time.Duration LAST_USE_PRECISION = java.time.Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final CurrentUser currentUser;
    private final MembershipDirectory directory;
    private final ApplicationEventPublisher events;
    private final TenantTransactions transactions;
    private final Clock clock;

    ApiTokenService(
            ApiTokenRepository tokens,
            CurrentUser currentUser,
            MembershipDirectory directory,
            ApplicationEventPublisher events,
            TenantTransactions transactions,
            Clock clock) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.directory = directory;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A token as listed: never the secret. */
    public record ApiTokenView(
            long id,
            String name,
            String hint,
            Instant createdAt,
            @Nullable Instant lastUsedAt,
            boolean active) {}

    /** A newly created token: the only time its secret is available. */
    public record CreatedApiToken(long id, String name, String token) {}

    @PreAuthorize("hasAnyRole('VENDOR','FOUNDER','SUCCESSOR')")
    @Transactional
    public CreatedApiToken create(String name) {
        String trimmed = name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new DomainException("apiTokens.nameRequired");
        }
        MembershipInfo membership = currentUser.requireMembership();
        String token = newToken(membership.tenantId());
        return store(membership, trimmed, token);
    }

    @PreAuthorize("hasAnyRole('VENDOR','FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public List<ApiTokenView> myTokens() {
        long userId = currentUser.require().userId();
        return tokens.findByUserIdOrderByCreatedAtDesc(userId).stream()
                .map(t ->
                        new ApiTokenView(t.id(), t.name(), t.tokenHint(), t.createdAt(), t.lastUsedAt(), t.isActive()))
                .toList();
    }

    @PreAuthorize("hasAnyRole('VENDOR','FOUNDER','SUCCESSOR')")
    @Transactional
    public void revoke(long tokenId) {
        long userId = currentUser.require().userId();
        ApiTokenEntity token = tokens.findById(tokenId)
                .filter(t -> t.userId() == userId)
                .orElseThrow(() -> new DomainException("apiTokens.notFound"));
        if (token.isActive()) {
            token.revoke(clock.instant());
            events.publishEvent(new SecurityEvents.ApiTokenRevoked(
                    currentUser.requireMembership().tenantId(), userId, token.id(), token.name()));
        }
    }

    /** The membership a presented token belongs to, if the token is valid, active and its membership exists. */
    Optional<MembershipInfo> authenticate(String presented) {
        Optional<Long> tenantId = tenantOf(presented);
        if (tenantId.isEmpty()) {
            return Optional.empty();
        }
        // one short transaction in the token's own company: find it and note its use (without its version, so that
        // parallel calls never conflict). The membership is read after it has ended: reading it inside would hold a
        // second connection per call, and twenty parallel calls would wait on each other for the pool.
        Optional<Long> membershipId = transactions.inTenant(
                tenantId.get(),
                () -> tokens.findByTokenHash(hash(presented))
                        .filter(ApiTokenEntity::isActive)
                        .map(token -> {
                            Instant now = clock.instant();
                            tokens.noteUse(token.id(), now, now.minus(LAST_USE_PRECISION));
                            return token.membershipId();
                        }));
        return membershipId
                .flatMap(directory::membership)
                // the membership's role today decides what the token may do: each endpoint states its roles
                .filter(m -> m.tenantId() == tenantId.get());
    }

    /** Stores a token for a membership; the caller holds a transaction in its tenant. */
    CreatedApiToken store(MembershipInfo membership, String name, String token) {
        String hint = token.substring(token.length() - 4);
        ApiTokenEntity saved = tokens.save(new ApiTokenEntity(
                membership.membershipId(), membership.userId(), name, hash(token), "…" + hint, clock.instant()));
        events.publishEvent(new SecurityEvents.ApiTokenCreated(
                membership.tenantId(), membership.userId(), saved.id(), saved.name()));
        return new CreatedApiToken(saved.id(), saved.name(), token);
    }

    static boolean isFor(MembershipInfo membership, String token) {
        return token.startsWith(PREFIX + membership.tenantId() + "_");
    }

    boolean exists(String token) {
        return tokens.findByTokenHash(hash(token)).isPresent();
    }

    static Optional<Long> tenantOf(String token) {
        long tenantId = Tokens.tenantOf(token, PREFIX, '_');
        return tenantId > 0 ? Optional.of(tenantId) : Optional.empty();
    }

    private static String newToken(long tenantId) {
        return PREFIX + tenantId + "_" + Tokens.randomSecret(32);
    }

    static String hash(String token) {
        return Tokens.sha256(token);
    }
}
