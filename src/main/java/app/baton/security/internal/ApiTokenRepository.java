package app.baton.security.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApiTokenRepository extends JpaRepository<ApiTokenEntity, Long> {

    Optional<ApiTokenEntity> findByTokenHash(String tokenHash);

    List<ApiTokenEntity> findByUserIdOrderByCreatedAtDesc(long userId);

    /**
     * Notes a token's use without its version (so parallel calls with one token never conflict) and at most once a
     * minute (so a busy client does not write on every call). Runs in the token's tenant.
     */
    @Modifying(flushAutomatically = false, clearAutomatically = false)
    @Query("update ApiTokenEntity t set t.lastUsedAt = :now where t.id = :id"
            + " and (t.lastUsedAt is null or t.lastUsedAt < :notSince)")
    int noteUse(@Param("id") long id, @Param("now") Instant now, @Param("notSince") Instant notSince);
}
