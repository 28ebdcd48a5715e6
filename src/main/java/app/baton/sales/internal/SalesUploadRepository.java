package app.baton.sales.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SalesUploadRepository extends JpaRepository<SalesUploadEntity, Long> {

    List<SalesUploadEntity> findAllByOrderByVersionNumberDesc();

    /** The uploads whose period touches [from, to]. */
    List<SalesUploadEntity> findByPeriodStartLessThanEqualAndPeriodEndGreaterThanEqual(LocalDate to, LocalDate from);

    @Query("select max(u.versionNumber) from SalesUploadEntity u")
    Optional<Integer> lastNumber();
}
