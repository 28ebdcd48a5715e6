package app.baton.insights.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KpiSettingsRepository extends JpaRepository<KpiSettingsEntity, Long> {

    /** The current company's row (the tenant restriction leaves at most one). */
    Optional<KpiSettingsEntity> findFirstBy();
}
