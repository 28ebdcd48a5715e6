package app.baton.budgets;

import app.baton.shared.DomainException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jpa.repository.JpaRepository;

/** Saving with the optimistic lock checked now, so the loser of a race gets a translated message, not a crash. */
final class Saves {

    private Saves() {}

    static <T> T flush(JpaRepository<T, Long> repository, T entity) {
        try {
            return repository.saveAndFlush(entity);
        } catch (OptimisticLockingFailureException e) {
            throw new DomainException("budget.changedConcurrently");
        }
    }
}
