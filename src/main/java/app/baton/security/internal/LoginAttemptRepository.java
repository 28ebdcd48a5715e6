package app.baton.security.internal;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LoginAttemptRepository extends JpaRepository<LoginAttemptEntity, Long> {

    long countByEmailAndSuccessFalseAndOccurredAtAfter(String email, Instant after);
}
