package app.baton.tenancy.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Client companies' proposals of people to agencies (global; each names its company). */
public interface AgencyProposalRepository extends JpaRepository<AgencyProposalEntity, Long> {

    List<AgencyProposalEntity> findByVendorOrganisationIdAndStatusOrderByCreatedAtAsc(
            long vendorOrganisationId, AgencyProposalEntity.Status status);

    List<AgencyProposalEntity> findByClientTenantIdAndStatusOrderByCreatedAtAsc(
            long clientTenantId, AgencyProposalEntity.Status status);
}
