package app.baton.notifications;

import app.baton.budgets.BudgetEvents;
import app.baton.budgets.RequestStatus;
import app.baton.notifications.internal.NotificationEntity;
import app.baton.notifications.internal.NotificationRepository;
import app.baton.security.AccountDirectory;
import app.baton.security.AccountSummary;
import app.baton.shared.tenant.TenantTransactions;
import java.time.Clock;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells founders that a request waits for them (or was approved within the delegated limit), and the requester how
 * it was decided. Written in the same transaction as the change, so a rolled-back decision notifies nobody.
 */
@Component
class BudgetNotifications {

    private final NotificationRepository notifications;
    private final AccountDirectory accounts;
    private final TenantTransactions transactions;
    private final Clock clock;

    BudgetNotifications(
            NotificationRepository notifications,
            AccountDirectory accounts,
            TenantTransactions transactions,
            Clock clock) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    public void on(BudgetEvents.RequestSubmitted event) {
        String requester = name(event.actorUserId());
        String link = link(event.requestId());
        transactions.joinOrInTenant(event.tenantId(), () -> {
            for (Long founder : event.founderUserIds()) {
                notifications.save(new NotificationEntity(
                        event.tenantId(),
                        founder,
                        event.delegated() ? "BUDGET_REQUEST_DELEGATED" : "BUDGET_REQUEST_WAITING",
                        List.of(requester, Long.toString(event.requestId())),
                        link,
                        clock.instant()));
            }
        });
    }

    @EventListener
    public void on(BudgetEvents.RequestDecided event) {
        if (event.status() == RequestStatus.WITHDRAWN) {
            return;
        }
        String kind = event.action().replace("BUDGET_REQUEST_", "BUDGET_REQUEST_OUTCOME_");
        String decider = name(event.actorUserId());
        transactions.joinOrInTenant(
                event.tenantId(),
                () -> notifications.save(new NotificationEntity(
                        event.tenantId(),
                        event.requesterUserId(),
                        kind,
                        List.of(decider, Long.toString(event.requestId())),
                        link(event.requestId()),
                        clock.instant())));
    }

    private String name(Long userId) {
        return accounts.byId(userId).map(AccountSummary::displayName).orElse("#" + userId);
    }

    private static String link(long requestId) {
        return "budget/requests/" + requestId;
    }
}
