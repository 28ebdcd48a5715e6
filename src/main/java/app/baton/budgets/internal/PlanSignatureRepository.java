package app.baton.budgets.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanSignatureRepository extends JpaRepository<PlanSignatureEntity, Long> {

    List<PlanSignatureEntity> findByPlanIdOrderByChangeCountDesc(long planId);

    List<PlanSignatureEntity> findByPlanIdIn(java.util.Collection<Long> planIds);
}
