package app.baton.tenancy.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Memberships of the session's tenant (Hibernate adds the tenant to every query). */
public interface MembershipRepository extends JpaRepository<MembershipEntity, Long> {

    List<MembershipEntity> findByUserId(long userId);

    List<MembershipEntity> findAllByOrderByCreatedAtAsc();

    List<MembershipEntity> findByRole(app.baton.security.MembershipRole role);

    /** Locks the company's founder rows so two concurrent demotions cannot both see "another founder left". */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from MembershipEntity m where m.role = app.baton.security.MembershipRole.FOUNDER")
    List<MembershipEntity> lockFounders();
}
