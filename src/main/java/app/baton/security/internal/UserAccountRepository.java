package app.baton.security.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccountEntity, Long> {

    Optional<UserAccountEntity> findByEmail(String email);

    boolean existsByEmail(String email);

    /** Id and display name of each account in {@code ids}: no entity made (lists show names on every page). */
    @Query("select a.id, a.displayName from UserAccountEntity a where a.id in :ids")
    List<Object[]> displayNames(@Param("ids") Collection<Long> ids);
}
