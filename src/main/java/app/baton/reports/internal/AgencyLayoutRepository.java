package app.baton.reports.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The agencies' layout versions (global). */
public interface AgencyLayoutRepository extends JpaRepository<AgencyLayoutEntity, Long> {

    /** The agency's layout in force: its latest version. */
    Optional<AgencyLayoutEntity> findFirstByVendorOrganisationIdOrderByLayoutVersionDesc(long vendorOrganisationId);
}
