package app.baton.budgets.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GuardrailsRepository extends JpaRepository<GuardrailsEntity, Long> {

    Optional<GuardrailsEntity> findFirstBy();
}
