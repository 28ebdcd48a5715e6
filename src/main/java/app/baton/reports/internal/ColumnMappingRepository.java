package app.baton.reports.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ColumnMappingRepository extends JpaRepository<ColumnMappingEntity, Long> {

    Optional<ColumnMappingEntity> findByVendorOrganisationId(long vendorOrganisationId);
}
