package app.baton.budgets.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface BudgetPlanRepository extends JpaRepository<BudgetPlanEntity, Long> {

    List<BudgetPlanEntity> findAllByOrderByFiscalYearDesc();

    Optional<BudgetPlanEntity> findByFiscalYear(int fiscalYear);

    /** Loads the plan with an optimistic lock that is checked at commit even if nothing else changes. */
    @Lock(LockModeType.OPTIMISTIC)
    Optional<BudgetPlanEntity> findWithLockById(long id);
}
