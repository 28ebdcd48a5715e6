package app.baton.audit.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Append-only on purpose: it extends the bare {@link Repository}, so it has {@code save} and queries, and no
 * delete or bulk update. A test checks that no such method appears.
 */
public interface AuditEventRepository extends Repository<AuditEventEntity, Long> {

    AuditEventEntity save(AuditEventEntity event);

    String FILTER = " where (:from is null or e.occurredAt >= :from)"
            + " and (:to is null or e.occurredAt < :to)"
            + " and (:actorUserId is null or e.actorUserId = :actorUserId)"
            + " and (:action is null or e.action = :action)";

    @Query("select e from AuditEventEntity e" + FILTER + " order by e.occurredAt desc, e.id desc")
    List<AuditEventEntity> search(
            @Nullable Instant from,
            @Nullable Instant to,
            @Nullable Long actorUserId,
            @Nullable String action,
            Pageable page);

    @Query("select count(e) from AuditEventEntity e" + FILTER)
    long count(@Nullable Instant from, @Nullable Instant to, @Nullable Long actorUserId, @Nullable String action);

    @Query("select distinct e.action from AuditEventEntity e order by e.action")
    List<String> actions();
}
