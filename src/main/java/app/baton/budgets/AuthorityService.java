package app.baton.budgets;

import app.baton.approvals.TrustPolicy;
import app.baton.approvals.TrustRule;
import app.baton.budgets.internal.AuthorityStepEntity;
import app.baton.budgets.internal.AuthorityStepRepository;
import app.baton.budgets.internal.DelegatedAuthorityEntity;
import app.baton.budgets.internal.DelegatedAuthorityRepository;
import app.baton.budgets.internal.TrustRuleEntity;
import app.baton.budgets.internal.TrustRuleRepository;
import app.baton.security.CurrentUser;
import app.baton.shared.DomainException;
import app.baton.shared.Money;
import app.baton.shared.events.AuditSentence;
import app.baton.shared.validation.CommandCheck;
import app.baton.tenancy.MembershipService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What changes a successor's delegated authority (decision 020): a founder sets it by hand (up or down, at once,
 * with a reason), sets the rule that grows it, and may undo a raise the rule made for seven days; the rule is applied
 * when a founder concludes one of the successor's experiments. Every change is a step with the limits before and
 * after and what justified it, audited, and the successor and the founders are told. Reads are in {@link
 * AuthorityQueryService}.
 */
@Service
public class AuthorityService {

    /** How long a founder may undo a raise the rule made. */
    public static final Duration UNDO_WINDOW = Duration.ofDays(7);

    private final DelegatedAuthorityRepository authorities;
    private final AuthorityStepRepository steps;
    private final TrustRuleRepository rules;
    private final Delegation delegation;
    private final GuardrailService guardrails;
    private final MembershipService memberships;
    private final CommandCheck commands;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AuthorityService(
            DelegatedAuthorityRepository authorities,
            AuthorityStepRepository steps,
            TrustRuleRepository rules,
            Delegation delegation,
            GuardrailService guardrails,
            MembershipService memberships,
            CommandCheck commands,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.authorities = authorities;
        this.steps = steps;
        this.rules = rules;
        this.delegation = delegation;
        this.guardrails = guardrails;
        this.memberships = memberships;
        this.commands = commands;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A founder sets a successor's limits by hand. {@code expectedVersion} is what the page showed (-1 while the
     * successor has the company default): a page that is out of date is refused. Lowering takes effect at once.
     */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public void set(long successorUserId, long expectedVersion, AuthorityChange change) {
        commands.check(change);
        requireSuccessor(successorUserId);
        String currency = currency();
        BigDecimal perRequest = Money.exact(change.perRequest(), currency);
        BigDecimal monthly = Money.exact(change.monthly(), currency);
        if (monthly.compareTo(perRequest) < 0) {
            throw new DomainException("authority.monthlyBelowPerRequest");
        }
        if (delegation.limits(successorUserId).version() != expectedVersion) {
            throw new DomainException("authority.changed");
        }
        Actor actor = Actor.of(currentUser);
        step(
                successorUserId,
                AuthorityStepKind.SET,
                perRequest,
                monthly,
                change.reason().strip(),
                null,
                actor,
                null);
    }

    /** A founder sets the rule that grows every successor's authority; {@code expectedVersion} -1 for the first. */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public void setRule(long expectedVersion, TrustRule rule, String reason) {
        commands.check(rule);
        if (rule.active() && rule.ceiling().signum() <= 0) {
            throw new DomainException("authority.rule.ceilingRequired");
        }
        if (reason.isBlank()) {
            throw new DomainException("authority.reasonRequired");
        }
        TrustRule clean = new TrustRule(
                rule.active(),
                rule.experiments(),
                rule.metSharePct(),
                rule.raisePct(),
                Money.exact(rule.ceiling(), currency()),
                rule.tierStepPct(),
                rule.tierCeilingPct());
        if (clean.tierStepPct().signum() > 0 && clean.tierCeilingPct().signum() <= 0) {
            throw new DomainException("authority.rule.tierRange");
        }
        TrustRuleEntity entity = rules.findFirstBy().orElse(null);
        if ((entity == null ? -1 : entity.version()) != expectedVersion) {
            throw new DomainException("authority.changed");
        }
        Actor actor = Actor.of(currentUser);
        if (entity == null) {
            entity = new TrustRuleEntity(clean, actor.userId(), clock.instant());
        } else {
            entity.change(clean, actor.userId(), clock.instant());
        }
        try {
            Saves.flush(rules, entity);
        } catch (DomainException e) {
            // two founders set the first rule at once: the other one's row won
            throw new DomainException("authority.changed");
        }
        events.publishEvent(new BudgetEvents.TrustRuleChanged(
                actor.tenantId(),
                actor.userId(),
                actor.roleName(),
                describe(clean),
                reason.strip(),
                AuditSentence.of(
                        "trustRule",
                        AuditSentence.number(clean.experiments()),
                        AuditSentence.text(plain(clean.metSharePct()) + " %"),
                        AuditSentence.text(plain(clean.raisePct()) + " %"),
                        AuditSentence.money(clean.ceiling(), currency()))));
    }

    /**
     * A founder undoes a raise the rule made, within {@link #UNDO_WINDOW}: the limits go back to what they were.
     * Refused when the window has passed, or when the limits changed again since (undo that change first).
     */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public void undo(long stepId) {
        AuthorityStepEntity step = steps.findById(stepId).orElseThrow(() -> new DomainException("authority.notFound"));
        Instant now = clock.instant();
        if (!step.undoableAt(now)) {
            throw new DomainException("authority.undo.expired");
        }
        AuthorityStepEntity latest =
                steps.findFirstByUserIdOrderByCreatedAtDescIdDesc(step.userId()).orElseThrow();
        if (latest.id() != step.id()) {
            throw new DomainException("authority.undo.laterChange");
        }
        Actor actor = Actor.of(currentUser);
        step.undo(actor.userId(), now);
        Saves.flush(steps, step);
        DelegatedAuthorityEntity row = delegation.ownRow(step.userId());
        row.change(step.perRequestBefore(), step.monthlyBefore(), now);
        Saves.flush(authorities, row);
        // the cap the same step raised goes back too, unless someone changed it since
        if (step.capBeforePct() != null
                && step.capAfterPct() != null
                && guardrails.values().experimentCapPct().compareTo(step.capAfterPct()) == 0) {
            guardrails.setExperimentCap(step.capBeforePct(), "undo of rule step #" + step.id());
        }
        announce(
                actor.userId(),
                actor.roleName(),
                step.userId(),
                AuthorityStepKind.RAISED_BY_RULE,
                true,
                step.perRequestAfter(),
                step.monthlyAfter(),
                step.perRequestBefore(),
                step.monthlyBefore(),
                step.basis());
    }

    /**
     * Applies the founder's rule to a successor's record, when a founder concludes one of their experiments: if the
     * experiments concluded since the authority last changed qualify, the limits are raised, the step can be undone
     * for seven days, and both generations are told. Nothing happens for a founder's own experiments or without an
     * active rule.
     *
     * @param record every concluded experiment of the successor, as the rule reads them
     * @return the raise, if the rule gave one
     */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public Optional<TrustPolicy.Raise> applyRule(long successorUserId, List<TrustPolicy.Concluded> record) {
        TrustRule rule = rules.findFirstBy().map(TrustRuleEntity::rule).orElse(null);
        if (rule == null || !rule.active() || !delegation.isSuccessor(successorUserId)) {
            return Optional.empty();
        }
        Instant since = steps.findFirstByUserIdOrderByCreatedAtDescIdDesc(successorUserId)
                .map(AuthorityStepEntity::createdAt)
                .orElse(null);
        List<TrustPolicy.Concluded> counted = TrustPolicy.since(record, since);
        Delegation.Limits limits = delegation.limits(successorUserId);
        Optional<TrustPolicy.Raise> raise =
                TrustPolicy.raise(rule, limits.perRequest(), limits.monthly(), counted, Money.scale(currency()));
        raise.ifPresent(r -> {
            AuthorityStepEntity step = step(
                    successorUserId,
                    AuthorityStepKind.RAISED_BY_RULE,
                    r.perRequest(),
                    r.monthly(),
                    experiments(counted),
                    TrustPolicy.progress(rule, counted),
                    null,
                    clock.instant().plus(UNDO_WINDOW));
            // the experiment tier's cap follows the same step, within the founder's ceiling
            BigDecimal cap = guardrails.values().experimentCapPct();
            TrustPolicy.capRaise(rule, cap).ifPresent(raised -> {
                guardrails.setExperimentCap(raised, "rule: " + experiments(counted));
                step.raisedCap(cap, raised);
                Saves.flush(steps, step);
            });
        });
        return raise;
    }

    private AuthorityStepEntity step(
            long successorUserId,
            AuthorityStepKind kind,
            BigDecimal perRequest,
            BigDecimal monthly,
            String basis,
            TrustPolicy.@Nullable Progress record,
            @Nullable Actor actor,
            @Nullable Instant undoUntil) {
        Instant now = clock.instant();
        DelegatedAuthorityEntity row = delegation.ownRow(successorUserId);
        BigDecimal perRequestBefore = row.perRequest();
        BigDecimal monthlyBefore = row.monthly();
        row.change(perRequest, monthly, now);
        Saves.flush(authorities, row);
        AuthorityStepEntity saved = Saves.flush(
                steps,
                new AuthorityStepEntity(
                        successorUserId,
                        kind,
                        perRequestBefore,
                        monthlyBefore,
                        perRequest,
                        monthly,
                        basis,
                        record,
                        now,
                        actor == null ? null : actor.userId(),
                        undoUntil));
        announce(
                actor == null ? null : actor.userId(),
                actor == null ? null : actor.roleName(),
                successorUserId,
                kind,
                false,
                perRequestBefore,
                monthlyBefore,
                perRequest,
                monthly,
                basis);
        return saved;
    }

    private void announce(
            @Nullable Long actorUserId,
            @Nullable String actorRole,
            long successorUserId,
            AuthorityStepKind kind,
            boolean undone,
            BigDecimal perRequestBefore,
            BigDecimal monthlyBefore,
            BigDecimal perRequest,
            BigDecimal monthly,
            String basis) {
        String currency = currency();
        events.publishEvent(new BudgetEvents.AuthorityChanged(
                currentUser.requireMembership().tenantId(),
                actorUserId,
                actorRole,
                successorUserId,
                kind,
                undone,
                Set.copyOf(memberships.founderUserIds()),
                "#" + successorUserId + " " + plain(perRequestBefore) + "/" + plain(monthlyBefore) + " → "
                        + plain(perRequest) + "/" + plain(monthly),
                basis,
                AuditSentence.of(
                        "authority",
                        AuditSentence.money(perRequest, currency),
                        AuditSentence.money(monthly, currency))));
    }

    /** The experiments the rule counted, kept with the step: "#12 ✓, #13 ✓, #15 ✗" (✓ met every target). */
    private static String experiments(List<TrustPolicy.Concluded> counted) {
        return counted.stream()
                .map(c -> "#" + c.experimentId() + (c.metEveryTarget() ? " ✓" : " ✗"))
                .collect(Collectors.joining(", "));
    }

    private void requireSuccessor(long userId) {
        if (!delegation.isSuccessor(userId)) {
            throw new DomainException("authority.notSuccessor");
        }
    }

    private String currency() {
        return currentUser.requireMembership().currency();
    }

    private static String describe(TrustRule rule) {
        return (rule.active() ? "on" : "off") + ": " + rule.experiments() + " experiments, " + plain(rule.metSharePct())
                + "% met, +" + plain(rule.raisePct()) + "% up to " + plain(rule.ceiling()) + "; tier cap +"
                + plain(rule.tierStepPct()) + " pts up to " + plain(rule.tierCeilingPct()) + "%";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
