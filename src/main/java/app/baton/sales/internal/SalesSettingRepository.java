package app.baton.sales.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SalesSettingRepository extends JpaRepository<SalesSettingEntity, Long> {

    /** The signed-in company's settings (the tenant restriction keeps it to one row). */
    Optional<SalesSettingEntity> findFirstBy();
}
