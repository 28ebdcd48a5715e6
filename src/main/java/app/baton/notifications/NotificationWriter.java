package app.baton.notifications;

import app.baton.notifications.internal.NotificationEntity;
import app.baton.notifications.internal.NotificationRepository;
import app.baton.security.AccountDirectory;
import app.baton.security.AccountSummary;
import app.baton.shared.tenant.TenantTransactions;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes notifications for the event listeners: in the same transaction as the change when it belongs to the same
 * company (a rolled-back change notifies nobody), never to the person who acted.
 */
@Component
class NotificationWriter {

    private final NotificationRepository notifications;
    private final AccountDirectory accounts;
    private final TenantTransactions transactions;
    private final Clock clock;

    NotificationWriter(
            NotificationRepository notifications,
            AccountDirectory accounts,
            TenantTransactions transactions,
            Clock clock) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The display name of the person who acted ("" for the system), for the message arguments. */
    String actorName(@Nullable Long userId) {
        return userId == null
                ? ""
                : accounts.byId(userId).map(AccountSummary::displayName).orElse("#" + userId);
    }

    void notify(
            long tenantId,
            Collection<Long> recipients,
            @Nullable Long actorUserId,
            String kind,
            List<String> arguments,
            String link) {
        transactions.joinOrInTenant(tenantId, () -> {
            for (Long recipient : recipients) {
                if (!Objects.equals(recipient, actorUserId)) {
                    notifications.save(
                            new NotificationEntity(tenantId, recipient, kind, arguments, link, clock.instant()));
                }
            }
        });
    }
}
