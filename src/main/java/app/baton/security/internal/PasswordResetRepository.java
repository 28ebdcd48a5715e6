package app.baton.security.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PasswordResetRepository extends JpaRepository<PasswordResetEntity, Long> {

    Optional<PasswordResetEntity> findByTokenHash(String tokenHash);

    List<PasswordResetEntity> findByUserIdAndUsedAtIsNull(long userId);

    long countByUserIdAndCreatedAtAfter(long userId, Instant after);
}
