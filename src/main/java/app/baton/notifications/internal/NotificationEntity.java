package app.baton.notifications.internal;

import app.baton.shared.tenant.TenantRestriction;
import app.baton.shared.tenant.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/**
 * One notification for one person in one company. The text is translated when shown ({@code notification.<KIND>}
 * with the stored arguments), so each person reads it in their own language.
 */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "notification")
public class NotificationEntity extends TenantScopedEntity {

    private static final String SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(nullable = false, length = 48, updatable = false)
    private String kind = "";

    @Column(nullable = false, length = 1000, updatable = false)
    private String arguments = "";

    @Column(length = 300, updatable = false)
    private @Nullable String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    @Column(name = "mailed_at")
    private @Nullable Instant mailedAt;

    protected NotificationEntity() {}

    public NotificationEntity(
            long tenantId, long userId, String kind, List<String> arguments, @Nullable String link, Instant at) {
        assignTenant(tenantId);
        this.userId = userId;
        this.kind = kind;
        String joined = String.join(SEPARATOR, arguments);
        this.arguments = joined.length() > 1000 ? joined.substring(0, 1000) : joined;
        this.link = link;
        this.createdAt = at;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public long userId() {
        return userId;
    }

    public String kind() {
        return kind;
    }

    public List<String> arguments() {
        return arguments.isEmpty() ? List.of() : List.of(arguments.split(SEPARATOR, -1));
    }

    public @Nullable String link() {
        return link;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant readAt() {
        return readAt;
    }

    public long tenantId() {
        return java.util.Objects.requireNonNull(getTenantId());
    }

    /** When it was mailed, or handled by the mail job without a mail (kind turned off); null: not yet. */
    public @Nullable Instant mailedAt() {
        return mailedAt;
    }

    public void markMailed(Instant at) {
        this.mailedAt = at;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }
}
