package app.baton.tenancy.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The agencies' own lists of their people (global). */
public interface AgencyMemberRepository extends JpaRepository<AgencyMemberEntity, Long> {

    List<AgencyMemberEntity> findByUserId(long userId);

    Optional<AgencyMemberEntity> findByVendorOrganisationIdAndUserId(long vendorOrganisationId, long userId);

    List<AgencyMemberEntity> findByVendorOrganisationIdOrderByJoinedAtAsc(long vendorOrganisationId);

    boolean existsByVendorOrganisationId(long vendorOrganisationId);
}
