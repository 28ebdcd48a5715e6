package app.baton.budgets.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TrustRuleRepository extends JpaRepository<TrustRuleEntity, Long> {

    Optional<TrustRuleEntity> findFirstBy();
}
