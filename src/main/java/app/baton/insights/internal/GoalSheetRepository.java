package app.baton.insights.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GoalSheetRepository extends JpaRepository<GoalSheetEntity, Long> {

    List<GoalSheetEntity> findAllByOrderByNumberDesc();
}
