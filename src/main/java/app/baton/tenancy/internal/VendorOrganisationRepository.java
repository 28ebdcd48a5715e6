package app.baton.tenancy.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VendorOrganisationRepository extends JpaRepository<VendorOrganisationEntity, Long> {}
