package app.baton.tenancy.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface VendorOrganisationRepository extends JpaRepository<VendorOrganisationEntity, Long> {

    /**
     * The ids and names of these agencies, as pairs: no entity made for a name, and one query text Hibernate parses
     * once (Spring Data's {@code findAllById} builds a criteria query on every call; issue 16).
     */
    @Query("select v.id, v.name from VendorOrganisationEntity v where v.id in :ids")
    List<Object[]> namesOf(@Param("ids") Collection<Long> ids);
}
