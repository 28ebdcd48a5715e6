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

    @Query("select distinct r.requestedByUserId from ChangeRequestEntity r")
    List<Long> requesters();
}
