package app.baton.reports.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EngagementRepository extends JpaRepository<EngagementEntity, Long> {

    List<EngagementEntity> findAllByOrderByStartDateDesc();

    List<EngagementEntity> findByVendorOrganisationIdOrderByStartDateDesc(long vendorOrganisationId);

    List<EngagementEntity> findByIdIn(Collection<Long> ids);
}
