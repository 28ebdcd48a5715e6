package app.baton.insights.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewMeetingRepository extends JpaRepository<ReviewMeetingEntity, Long> {

    Optional<ReviewMeetingEntity> findByMonth(LocalDate month);

    List<ReviewMeetingEntity> findAllByOrderByMonthDesc();
}
