package app.baton.notifications;

import app.baton.experiments.ExperimentEvents;
import app.baton.notifications.internal.NotificationEntity;
import app.baton.notifications.internal.NotificationRepository;
import app.baton.security.AccountDirectory;
import app.baton.security.AccountSummary;
import app.baton.shared.tenant.TenantTransactions;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Experiment notifications: submitted and results submitted go to the founders; decisions, the automatic start
 * and the reminders go to the proposer. Nobody is told about what they did themselves.
 */
@Component
class ExperimentNotifications {

    private static final Set<String> TO_FOUNDERS = Set.of("EXPERIMENT_SUBMITTED", "EXPERIMENT_RESULTS_SUBMITTED");
    private static final Set<String> TO_PROPOSER = Set.of(
            "EXPERIMENT_APPROVED",
            "EXPERIMENT_PARTIALLY_APPROVED",
            "EXPERIMENT_REJECTED",
            "EXPERIMENT_CHANGES_REQUESTED",
            "EXPERIMENT_STARTED",
            "EXPERIMENT_STARTS_TOMORROW",
            "EXPERIMENT_ENDED",
            "EXPERIMENT_CONCLUDED_SCALE_UP",
            "EXPERIMENT_CONCLUDED_EXTEND",
            "EXPERIMENT_CONCLUDED_STOP");

    private final NotificationRepository notifications;
    private final AccountDirectory accounts;
    private final TenantTransactions transactions;
    private final Clock clock;

    ExperimentNotifications(
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
    public void on(ExperimentEvents.ExperimentChanged event) {
        Set<Long> recipients;
        if (TO_FOUNDERS.contains(event.action())) {
            recipients = event.founderUserIds();
        } else if (TO_PROPOSER.contains(event.action())) {
            recipients = Set.of(event.proposerUserId());
        } else {
            return;
        }
        String actor = event.actorUserId() == null
                ? ""
                : accounts.byId(event.actorUserId())
                        .map(AccountSummary::displayName)
                        .orElse("");
        transactions.joinOrInTenant(event.tenantId(), () -> {
            for (Long recipient : recipients) {
                if (Objects.equals(recipient, event.actorUserId())) {
                    continue;
                }
                notifications.save(new NotificationEntity(
                        event.tenantId(),
                        recipient,
                        event.action(),
                        List.of(actor, event.title(), Long.toString(event.experimentId())),
                        "experiments/" + event.experimentId(),
                        clock.instant()));
            }
        });
    }
}
