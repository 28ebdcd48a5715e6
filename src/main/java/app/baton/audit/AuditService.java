package app.baton.audit;

import app.baton.audit.internal.AuditEventEntity;
import app.baton.audit.internal.AuditEventRepository;
import app.baton.security.AccountDirectory;
import app.baton.security.CurrentUser;
import app.baton.shared.events.AuditSentence;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the current company's audit log. Only founders may. Writing happens in {@link AuditRecorder}. */
@Service
public class AuditService {

    private final AuditEventRepository events;
    private final CurrentUser currentUser;
    private final AuditChain chain;
    private final AccountDirectory accounts;

    AuditService(AuditEventRepository events, CurrentUser currentUser, AuditChain chain, AccountDirectory accounts) {
        this.events = events;
        this.currentUser = currentUser;
        this.chain = chain;
        this.accounts = accounts;
    }

    /**
     * What a check of the audit log found: how many entries were checked and, if the log was changed after it was
     * written, the first entry that no longer matches its seal (or is gone; then {@code brokenOccurredAt} is null).
     */
    public record ChainCheck(
            long entries,
            @Nullable Long brokenEventId,
            @Nullable Instant brokenOccurredAt,
            Instant checkedAt) {
        public boolean intact() {
            return brokenEventId == null;
        }
    }

    /** Seals the newest entries and checks the company's whole audit log against its hash chain (decision 014). */
    @PreAuthorize("hasRole('FOUNDER')")
    public ChainCheck verify() {
        return view(chain.verify(currentUser.requireMembership().tenantId()));
    }

    /** The last check (by a founder or the nightly job), if there was one. */
    @PreAuthorize("hasRole('FOUNDER')")
    public java.util.Optional<ChainCheck> lastCheck() {
        return java.util.Optional.ofNullable(
                        chain.lastCheck(currentUser.requireMembership().tenantId()))
                .map(AuditService::view);
    }

    private static ChainCheck view(AuditChain.Verification v) {
        return new ChainCheck(v.entries(), v.brokenEventId(), v.brokenOccurredAt(), v.checkedAt());
    }

    /** Filter for the audit view; every part optional. {@code to} is exclusive. */
    public record AuditFilter(
            @Nullable Instant from,
            @Nullable Instant to,
            @Nullable Long actorUserId,
            @Nullable String action) {
        public static AuditFilter none() {
            return new AuditFilter(null, null, null, null);
        }
    }

    /**
     * One event as shown. {@code actorName} is what was recorded (the e-mail at the time); {@code actorDisplayName}
     * the person's name today, if the account still exists. {@code sentence} is empty for entries written before
     * sentences existed: then the action's name and the summary say what happened.
     */
    public record AuditEntry(
            long id,
            Instant occurredAt,
            @Nullable Long actorUserId,
            @Nullable String actorName,
            @Nullable String actorDisplayName,
            @Nullable String actorRole,
            String action,
            String objectType,
            @Nullable String objectId,
            String summary,
            @Nullable String reason,
            java.util.Optional<AuditSentence> sentence) {}

    /** One page of events, newest first. */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditFilter filter, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, 500));
        long tenantId = currentUser.requireMembership().tenantId();
        List<AuditEventEntity> page = events
                .search(
                        filter.from(),
                        filter.to(),
                        filter.actorUserId(),
                        filter.action(),
                        new OffsetPageRequest(offset, size))
                .stream()
                .filter(e -> Objects.equals(e.getTenantId(), tenantId))
                .toList();
        // one query for the page's names, not one per row
        Map<Long, String> names = accounts.displayNames(page.stream()
                .map(AuditEventEntity::actorUserId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return page.stream().map(e -> entry(e, names)).toList();
    }

    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return events.count(filter.from(), filter.to(), filter.actorUserId(), filter.action());
    }

    /** The action codes present in this company's log, for the filter. */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional(readOnly = true)
    public List<String> actions() {
        return events.actions();
    }

    private static AuditEntry entry(AuditEventEntity e, Map<Long, String> names) {
        return new AuditEntry(
                e.id(),
                e.occurredAt(),
                e.actorUserId(),
                e.actorName(),
                e.actorUserId() == null ? null : names.get(e.actorUserId()),
                e.actorRole(),
                e.action(),
                e.objectType(),
                e.objectId(),
                e.summary(),
                e.reason(),
                AuditSentence.decode(e.sentence()));
    }

    /** A page request by offset, as Vaadin's lazy grid asks (offsets need not be multiples of the size). */
    static final class OffsetPageRequest extends PageRequest {
        private final long offset;

        OffsetPageRequest(int offset, int size) {
            super(offset / size, size, org.springframework.data.domain.Sort.unsorted());
            this.offset = offset;
        }

        @Override
        public long getOffset() {
            return offset;
        }
    }
}
