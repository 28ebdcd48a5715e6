package app.baton.budgets.internal;

import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReservationRepository extends JpaRepository<ReservationEntity, Long> {

    Optional<ReservationEntity> findByExperimentId(long experimentId);

    @Query("select coalesce(sum(r.amount - r.released), 0) from ReservationEntity r where r.planId = :planId")
    BigDecimal heldIn(@Param("planId") long planId);

    /** What {@code userId}'s delegated authority reserved for experiments between {@code from} and {@code to}. */
    @Query("select coalesce(sum(r.amount), 0) from ReservationEntity r where r.delegatedUserId = ?1"
            + " and r.createdAt >= ?2 and r.createdAt < ?3")
    BigDecimal delegatedBetween(long userId, java.time.Instant from, java.time.Instant to);
}
