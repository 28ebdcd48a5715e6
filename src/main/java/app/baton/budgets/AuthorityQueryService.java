package app.baton.budgets;

import app.baton.approvals.TrustPolicy;
import app.baton.approvals.TrustRule;
import app.baton.budgets.internal.AuthorityStepEntity;
import app.baton.budgets.internal.AuthorityStepRepository;
import app.baton.budgets.internal.TrustRuleRepository;
import app.baton.security.AccountDirectory;
import app.baton.security.AccountSummary;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipRole;
import app.baton.shared.DomainException;
import app.baton.shared.Money;
import app.baton.tenancy.MembershipService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of delegated authority for the pair's page: each successor's limits and what this month used, how they grew
 * (every step with what it rests on), the founder's rule, and what the next step needs. A founder reads every
 * successor; a successor reads only their own.
 */
@Service
public class AuthorityQueryService {

    private final AuthorityStepRepository steps;
    private final TrustRuleRepository rules;
    private final Delegation delegation;
    private final MembershipService memberships;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuthorityQueryService(
            AuthorityStepRepository steps,
            TrustRuleRepository rules,
            Delegation delegation,
            MembershipService memberships,
            AccountDirectory accounts,
            CurrentUser currentUser,
            Clock clock) {
        this.steps = steps;
        this.rules = rules;
        this.delegation = delegation;
        this.memberships = memberships;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A successor's authority now; {@code version} -1 while they have the company default. */
    public record SuccessorAuthority(
            long userId,
            String name,
            BigDecimal perRequest,
            BigDecimal monthly,
            BigDecimal usedThisMonth,
            boolean own,
            long version) {

        public BigDecimal leftThisMonth() {
            return monthly.subtract(usedThisMonth).max(BigDecimal.ZERO);
        }
    }

    /** One change, newest first on the page, with the names of who made and who undid it. */
    public record AuthorityStep(
            long id,
            AuthorityStepKind kind,
            BigDecimal perRequestBefore,
            BigDecimal perRequestAfter,
            BigDecimal monthlyBefore,
            BigDecimal monthlyAfter,
            String basis,
            @Nullable Integer recordConcluded,
            @Nullable Integer recordMet,
            @Nullable Integer recordOverridden,
            Instant at,
            @Nullable String by,
            @Nullable Instant undoUntil,
            @Nullable Instant undoneAt,
            @Nullable String undoneBy,
            boolean undoable,
            @Nullable BigDecimal capBeforePct,
            @Nullable BigDecimal capAfterPct) {}

    /** The founder's rule ({@link TrustRule#suggested()} and version -1 until one is set). */
    public record CurrentRule(
            TrustRule rule,
            long version,
            @Nullable Instant updatedAt,
            @Nullable String updatedBy) {}

    /**
     * What the next step needs: the record since the last change against the rule, and the limits it would give
     * ({@code null} when none: no active rule, a limit of zero, or at the ceiling).
     */
    public record NextStep(
            TrustRule rule,
            TrustPolicy.Progress progress,
            @Nullable Instant since,
            TrustPolicy.@Nullable Raise raise) {}

    /** The successors whose authority the reader may see: every successor for a founder, themselves for a successor. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public List<SuccessorAuthority> successors() {
        long me = currentUser.require().userId();
        boolean founder = currentUser.requireMembership().role() == MembershipRole.FOUNDER;
        return memberships.members().stream()
                .filter(m -> m.role() == MembershipRole.SUCCESSOR && (founder || m.userId() == me))
                .map(m -> {
                    Delegation.Limits limits = delegation.limits(m.userId());
                    return new SuccessorAuthority(
                            m.userId(),
                            m.displayName(),
                            limits.perRequest(),
                            limits.monthly(),
                            delegation.usedThisMonth(m.userId()),
                            limits.own(),
                            limits.version());
                })
                .toList();
    }

    /** How a successor's authority changed, newest first. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public List<AuthorityStep> history(long successorUserId) {
        requireMayRead(successorUserId);
        List<AuthorityStepEntity> found = steps.findByUserIdOrderByCreatedAtDescIdDesc(successorUserId);
        Map<Long, String> names = accounts
                .byIds(found.stream()
                        .flatMap(s -> Stream.of(s.createdByUserId(), s.undoneByUserId()))
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(AccountSummary::userId, AccountSummary::displayName));
        Instant now = clock.instant();
        Long latest = found.isEmpty() ? null : found.getFirst().id();
        return found.stream()
                .map(s -> new AuthorityStep(
                        s.id(),
                        s.kind(),
                        s.perRequestBefore(),
                        s.perRequestAfter(),
                        s.monthlyBefore(),
                        s.monthlyAfter(),
                        s.basis(),
                        s.recordConcluded(),
                        s.recordMet(),
                        s.recordOverridden(),
                        s.createdAt(),
                        s.createdByUserId() == null ? null : names.get(s.createdByUserId()),
                        s.undoUntil(),
                        s.undoneAt(),
                        s.undoneByUserId() == null ? null : names.get(s.undoneByUserId()),
                        s.undoableAt(now) && Objects.equals(latest, s.id()),
                        s.capBeforePct(),
                        s.capAfterPct()))
                .toList();
    }

    /** The founder's rule. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public CurrentRule rule() {
        return rules.findFirstBy()
                .map(r -> new CurrentRule(
                        r.rule(),
                        r.version(),
                        r.updatedAt(),
                        accounts.byId(r.updatedByUserId())
                                .map(AccountSummary::displayName)
                                .orElse(null)))
                .orElseGet(() -> new CurrentRule(TrustRule.suggested(), -1, null, null));
    }

    /**
     * What the successor's next step needs, from their concluded experiments ({@code record}, read by the
     * experiments module, which knows them).
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public NextStep nextStep(long successorUserId, List<TrustPolicy.Concluded> record) {
        requireMayRead(successorUserId);
        TrustRule rule = rule().rule();
        Instant since = steps.findFirstByUserIdOrderByCreatedAtDescIdDesc(successorUserId)
                .map(AuthorityStepEntity::createdAt)
                .orElse(null);
        List<TrustPolicy.Concluded> counted = TrustPolicy.since(record, since);
        Delegation.Limits limits = delegation.limits(successorUserId);
        TrustPolicy.Raise raise = TrustPolicy.raiseOnceQualified(
                        rule, limits.perRequest(), limits.monthly(), Money.scale(currency()))
                .orElse(null);
        return new NextStep(rule, TrustPolicy.progress(rule, counted), since, raise);
    }

    private void requireMayRead(long successorUserId) {
        boolean founder = currentUser.requireMembership().role() == MembershipRole.FOUNDER;
        if (!founder && successorUserId != currentUser.require().userId()) {
            throw new DomainException("authority.notFound");
        }
        boolean member = delegation.isSuccessor(successorUserId);
        if (!member) {
            throw new DomainException("authority.notFound");
        }
    }

    private String currency() {
        return currentUser.requireMembership().currency();
    }
}
