package app.baton.selection.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RenewalRepository extends JpaRepository<RenewalEntity, Long> {

    Optional<RenewalEntity> findByEngagementIdAndTermEnd(long engagementId, LocalDate termEnd);

    List<RenewalEntity> findAll();
}
