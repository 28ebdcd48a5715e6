package app.baton.budgets;

import app.baton.shared.DomainException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Saving with the optimistic lock and the unique keys checked now, so the loser of a race gets a translated message
 * and a fresh look at the current state, not a crash.
 */
final class Saves {

    private Saves() {}

    static <T> T flush(JpaRepository<T, Long> repository, T entity) {
        try {
            return repository.saveAndFlush(entity);
        } catch (OptimisticLockingFailureException | PessimisticLockingFailureException e) {
            // the version check or a lock wait lost against another decision on the same plan or request
            throw new DomainException("budget.changedConcurrently");
        } catch (DataIntegrityViolationException e) {
            // a row only one decision may write (one approval per founder) was written first by the same person in
            // another window: they decided already; the caller shows how it stands now
            throw new DomainException("budget.decidedConcurrently");
        }
    }
}
