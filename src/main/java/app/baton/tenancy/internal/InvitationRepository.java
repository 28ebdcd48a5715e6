package app.baton.tenancy.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InvitationRepository extends JpaRepository<InvitationEntity, Long> {

    Optional<InvitationEntity> findByTokenHash(String tokenHash);

    @Query("select i from InvitationEntity i where i.acceptedAt is null and i.revokedAt is null"
            + " and i.expiresAt > :now order by i.createdAt desc")
    List<InvitationEntity> findOpen(Instant now);
}
