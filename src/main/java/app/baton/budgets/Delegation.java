package app.baton.budgets;

import app.baton.approvals.DelegatedAuthority;
import app.baton.budgets.internal.ChangeRequestRepository;
import app.baton.budgets.internal.DelegatedAuthorityEntity;
import app.baton.budgets.internal.DelegatedAuthorityRepository;
import app.baton.budgets.internal.ReservationRepository;
import app.baton.security.CurrentUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * A successor's delegated authority as the request services read it: their own limits, or the guardrails' delegated
 * limit as both limits while a founder has set none; and what their requests and experiments approved by delegation
 * moved in the current calendar month of the company's time zone.
 */
@Component
class Delegation {

    private final DelegatedAuthorityRepository own;
    private final ChangeRequestRepository requests;
    private final ReservationRepository reservations;
    private final GuardrailService guardrails;
    private final app.baton.tenancy.MembershipService memberships;
    private final CurrentUser currentUser;
    private final Clock clock;

    Delegation(
            DelegatedAuthorityRepository own,
            ChangeRequestRepository requests,
            ReservationRepository reservations,
            GuardrailService guardrails,
            app.baton.tenancy.MembershipService memberships,
            CurrentUser currentUser,
            Clock clock) {
        this.own = own;
        this.requests = requests;
        this.reservations = reservations;
        this.guardrails = guardrails;
        this.memberships = memberships;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether {@code userId} is a successor in the current company (only successors have an authority). */
    boolean isSuccessor(long userId) {
        return memberships.members().stream()
                .anyMatch(m -> m.userId() == userId && m.role() == app.baton.security.MembershipRole.SUCCESSOR);
    }

    /** The limits in force for {@code userId}, with the version of their own row (-1 for the company default). */
    record Limits(BigDecimal perRequest, BigDecimal monthly, boolean own, long version) {}

    Limits limits(long userId) {
        return own.findByUserId(userId)
                .map(a -> new Limits(a.perRequest(), a.monthly(), true, a.version()))
                .orElseGet(() -> {
                    BigDecimal fallback = guardrails.values().delegatedLimit();
                    return new Limits(fallback, fallback, false, -1);
                });
    }

    /** The authority {@code userId} has for a request submitted now. */
    DelegatedAuthority authorityOf(long userId) {
        Limits limits = limits(userId);
        return new DelegatedAuthority(limits.perRequest(), limits.monthly(), usedThisMonth(userId));
    }

    BigDecimal usedThisMonth(long userId) {
        ZoneId zone = currentUser.requireMembership().zoneId();
        YearMonth month = YearMonth.now(clock.withZone(zone));
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        // budget moves and experiments approved on submission count together
        return requests.delegatedBetween(userId, from, to).add(reservations.delegatedBetween(userId, from, to));
    }

    /** The successor's own row, written with the company default the first time a founder or the rule changes it. */
    DelegatedAuthorityEntity ownRow(long userId) {
        return own.findByUserId(userId).orElseGet(() -> {
            BigDecimal fallback = guardrails.values().delegatedLimit();
            return new DelegatedAuthorityEntity(userId, fallback, fallback, clock.instant());
        });
    }
}
