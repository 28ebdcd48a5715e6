package app.baton.budgets.internal;

import app.baton.budgets.RequestKind;
import app.baton.budgets.RequestStatus;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ChangeRequestRepository extends JpaRepository<ChangeRequestEntity, Long> {

    String FILTER = " where (:status is null or r.status = :status)"
            + " and (:kind is null or r.kind = :kind)"
            + " and (:requester is null or r.requestedByUserId = :requester)";

    @Query("select r from ChangeRequestEntity r" + FILTER + " order by r.submittedAt desc, r.id desc")
    List<ChangeRequestEntity> search(
            @Param("status") @Nullable RequestStatus status,
            @Param("kind") @Nullable RequestKind kind,
            @Param("requester") @Nullable Long requester,
            Pageable page);

    @Query("select count(r) from ChangeRequestEntity r" + FILTER)
    long count(
            @Param("status") @Nullable RequestStatus status,
            @Param("kind") @Nullable RequestKind kind,
            @Param("requester") @Nullable Long requester);

    List<ChangeRequestEntity> findByStatusInOrderBySubmittedAtAsc(Collection<RequestStatus> statuses);

    /**
     * How many requests in these statuses someone else asked for and this founder has not approved: the navigation's
     * count of what waits for a founder, without loading the requests and their approvals.
     */
    @Query("""
            select count(r) from ChangeRequestEntity r
            where r.status in ?1 and r.requestedByUserId <> ?2
              and not exists (select a.id from RequestApprovalEntity a where a.request = r and a.founderUserId = ?2)""")
    long countWaitingFor(Collection<RequestStatus> statuses, long founderUserId);

    @Query("select distinct r.requestedByUserId from ChangeRequestEntity r")
    List<Long> requesters();

    /** What {@code userId}'s requests approved by delegation moved between {@code from} (inclusive) and {@code to}. */
    @Query("""
            select coalesce(sum(r.amount), 0) from ChangeRequestEntity r
            where r.requestedByUserId = ?1 and r.delegated = true and r.submittedAt >= ?2 and r.submittedAt < ?3""")
    java.math.BigDecimal delegatedBetween(long userId, java.time.Instant from, java.time.Instant to);
}
