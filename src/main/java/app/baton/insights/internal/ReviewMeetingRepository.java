package app.baton.insights.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewMeetingRepository extends JpaRepository<ReviewMeetingEntity, Long> {

    Optional<ReviewMeetingEntity> findByMonth(LocalDate month);

    List<ReviewMeetingEntity> findAllByOrderByMonthDesc();

    /** How many meetings of months before {@code month} are not closed (the navigation's count: no rows made). */
    @org.springframework.data.jpa.repository.Query(
            "select count(m) from ReviewMeetingEntity m where m.status <> 'CLOSED' and m.month < ?1")
    long countOpenBefore(LocalDate month);
}
