package app.baton.budgets.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BudgetPlanRepository extends JpaRepository<BudgetPlanEntity, Long> {

    List<BudgetPlanEntity> findAllByOrderByFiscalYearDesc();

    Optional<BudgetPlanEntity> findByFiscalYear(int fiscalYear);
}
