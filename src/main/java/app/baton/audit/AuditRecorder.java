package app.baton.audit;

import app.baton.audit.internal.AuditEventEntity;
import app.baton.audit.internal.AuditEventRepository;
import app.baton.security.AccountDirectory;
import app.baton.security.AccountSummary;
import app.baton.security.MembershipDirectory;
import app.baton.security.MembershipInfo;
import app.baton.security.SecurityEvents;
import app.baton.shared.events.AuditFacts;
import app.baton.shared.events.AuditSentence;
import app.baton.shared.events.AuditableEvent;
import app.baton.shared.tenant.TenantTransactions;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes audit events. Listens synchronously, so an event is stored in the same transaction as the change that
 * raised it whenever the transaction belongs to the same company: no change without its record.
 */
@Component
class AuditRecorder {

    private final AuditEventRepository events;
    private final AccountDirectory accounts;
    private final MembershipDirectory memberships;
    private final TenantTransactions transactions;
    private final Clock clock;

    AuditRecorder(
            AuditEventRepository events,
            AccountDirectory accounts,
            MembershipDirectory memberships,
            TenantTransactions transactions,
            Clock clock) {
        this.events = events;
        this.accounts = accounts;
        this.memberships = memberships;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    public void on(AuditableEvent event) {
        AuditFacts facts = event.audit();
        String actorName = actorName(facts.actorUserId());
        AuditSentence sentence = facts.sentence();
        transactions.joinOrInTenant(
                event.tenantId(),
                () -> events.save(new AuditEventEntity(
                                event.tenantId(),
                                facts.actorUserId(),
                                actorName,
                                facts.actorRole(),
                                facts.action(),
                                facts.objectType(),
                                facts.objectId(),
                                facts.summary(),
                                facts.reason(),
                                clock.instant())
                        .withSentence(sentence == null ? null : sentence.encode())));
    }

    /** A failed sign-in names no company: it is recorded in each company where the account is a member. */
    @EventListener
    public void on(SecurityEvents.SignInFailed event) {
        if (event.userId() == null) {
            return;
        }
        String action = event.accountLocked() ? "ACCOUNT_LOCKED" : "SIGN_IN_FAILED";
        String summary = event.email() + (event.remoteAddress() == null ? "" : " @ " + event.remoteAddress());
        for (MembershipInfo membership : memberships.membershipsOf(event.userId())) {
            transactions.inTenant(
                    membership.tenantId(),
                    () -> events.save(new AuditEventEntity(
                            membership.tenantId(),
                            event.userId(),
                            event.email(),
                            membership.role().name(),
                            action,
                            "USER",
                            Long.toString(event.userId()),
                            summary,
                            null,
                            clock.instant())));
        }
    }

    private @Nullable String actorName(@Nullable Long userId) {
        if (userId == null) {
            return null;
        }
        return accounts.byId(userId).map(AccountSummary::email).orElse(null);
    }
}
