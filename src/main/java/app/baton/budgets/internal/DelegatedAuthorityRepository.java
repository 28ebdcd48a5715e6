package app.baton.budgets.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DelegatedAuthorityRepository extends JpaRepository<DelegatedAuthorityEntity, Long> {

    Optional<DelegatedAuthorityEntity> findByUserId(long userId);
}
