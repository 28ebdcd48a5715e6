package app.baton.budgets.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuthorityStepRepository extends JpaRepository<AuthorityStepEntity, Long> {

    List<AuthorityStepEntity> findByUserIdOrderByCreatedAtDescIdDesc(long userId);

    Optional<AuthorityStepEntity> findFirstByUserIdOrderByCreatedAtDescIdDesc(long userId);
}
