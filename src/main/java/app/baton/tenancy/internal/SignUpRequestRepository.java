package app.baton.tenancy.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SignUpRequestRepository extends JpaRepository<SignUpRequestEntity, Long> {

    Optional<SignUpRequestEntity> findByTokenHash(String tokenHash);

    long countByEmailAndCreatedAtAfter(String email, Instant after);
}
