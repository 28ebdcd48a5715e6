package app.baton.insights.internal;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GoalSheetRepository extends JpaRepository<GoalSheetEntity, Long> {

    /** Every version with its channels' targets, in one statement. */
    @EntityGraph(attributePaths = "channelTargets")
    List<GoalSheetEntity> findAllByOrderByNumberDesc();
}
