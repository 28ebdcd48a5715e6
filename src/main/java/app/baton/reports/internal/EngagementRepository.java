package app.baton.reports.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface EngagementRepository extends JpaRepository<EngagementEntity, Long> {

    List<EngagementEntity> findAllByOrderByStartDateDesc();

    List<EngagementEntity> findByVendorOrganisationIdOrderByStartDateDesc(long vendorOrganisationId);

    List<EngagementEntity> findByIdIn(Collection<Long> ids);

    /**
     * Locks the engagement's row until the transaction ends: uploads of its reports take their version number one
     * after another under it (the first statement of their transaction, so what they read next is what the upload
     * before them committed).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from EngagementEntity e where e.id = :id")
    List<EngagementEntity> lock(long id);
}
