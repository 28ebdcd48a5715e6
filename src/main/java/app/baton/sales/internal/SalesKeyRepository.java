package app.baton.sales.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SalesKeyRepository extends JpaRepository<SalesKeyEntity, Long> {

    /** The signed-in company's salt (the tenant restriction keeps it to one row). */
    Optional<SalesKeyEntity> findFirstBy();
}
