package app.baton.experiments;

import app.baton.experiments.internal.ExperimentEntity;
import app.baton.experiments.internal.ExperimentRepository;
import app.baton.shared.tenant.TenantTransactions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The experiments' calendar, for every company: an approved experiment starts on its start date (in the company's
 * time zone); the proposer is reminded the day before it starts, once for each check-in past its date, and once when
 * it has ended without results. Safe to run twice: a start needs the APPROVED state and each reminder is written
 * into the history once.
 */
@Component
class ExperimentScheduler {

    private final ExperimentRepository experiments;
    private final TenantTransactions transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExperimentScheduler(
            ExperimentRepository experiments,
            TenantTransactions transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.experiments = experiments;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${baton.experiments.check-every:PT15M}", initialDelayString = "PT1M")
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(
            name = "experiments-calendar",
            lockAtMostFor = "PT10M",
            lockAtLeastFor = "PT30S")
    public void run() {
        runAt(clock.instant());
    }

    /** A running experiment whose next check-in's date has passed (the day after it is due). */
    static boolean missedCheckIn(ExperimentEntity experiment, LocalDate today) {
        LocalDate due = experiment.nextCheckInDue();
        return due != null && due.isBefore(today);
    }

    /** Does what is due at {@code now}; returns how many experiments changed or were reminded. */
    int runAt(Instant now) {
        return transactions.inSystem(() -> {
            int done = 0;
            List<ExperimentEntity> due =
                    experiments.findByStatusIn(List.of(ExperimentStatus.APPROVED, ExperimentStatus.RUNNING));
            for (ExperimentEntity experiment : due) {
                LocalDate today = LocalDate.ofInstant(now, experiment.zone());
                ExperimentAction action = null;
                if (experiment.status() == ExperimentStatus.APPROVED
                        && !experiment.startDate().isAfter(today)) {
                    experiment.start(null, now);
                    action = ExperimentAction.STARTED;
                } else if (experiment.status() == ExperimentStatus.APPROVED
                        && experiment.startDate().equals(today.plusDays(1))
                        && experiment.remindOnce("REMIND_STARTS_TOMORROW", now)) {
                    action = ExperimentAction.STARTS_TOMORROW;
                } else if (experiment.status() == ExperimentStatus.RUNNING
                        && experiment.endDate().isBefore(today)
                        && experiment.remindOnce("REMIND_ENDED_" + experiment.endDate(), now)) {
                    action = ExperimentAction.ENDED;
                } else if (experiment.status() == ExperimentStatus.RUNNING
                        && today.equals(experiment.nextCheckInDue())
                        && experiment.remindOnce("REMIND_CHECK_IN_DUE_" + today, now)) {
                    action = ExperimentAction.CHECK_IN_DUE;
                } else if (missedCheckIn(experiment, today)
                        && experiment.remindOnce("REMIND_CHECK_IN_" + experiment.nextCheckInDue(), now)) {
                    action = ExperimentAction.CHECK_IN_MISSED;
                }
                if (action != null) {
                    experiments.saveAndFlush(experiment);
                    events.publishEvent(new ExperimentEvents.ExperimentChanged(
                            experiment.getTenantId(),
                            null,
                            null,
                            action,
                            experiment.id(),
                            experiment.title(),
                            experiment.proposerUserId(),
                            Set.of(),
                            "#" + experiment.id() + " " + experiment.title() + " · " + experiment.startDate() + "–"
                                    + experiment.endDate(),
                            null));
                    done++;
                }
            }
            return done;
        });
    }
}
