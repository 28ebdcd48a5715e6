package app.baton.audit.internal;

import app.baton.shared.tenant.TenantRestriction;
import app.baton.shared.tenant.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/** One audit event. Immutable: Hibernate never issues an UPDATE for it, and it has no setters. */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Immutable
@Table(name = "audit_event")
public class AuditEventEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "actor_user_id")
    private @Nullable Long actorUserId;

    @Column(name = "actor_name", length = 254)
    private @Nullable String actorName;

    @Column(name = "actor_role", length = 16)
    private @Nullable String actorRole;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(name = "object_type", nullable = false, length = 64)
    private String objectType;

    @Column(name = "object_id", length = 64)
    private @Nullable String objectId;

    @Column(nullable = false, length = 1000)
    private String summary;

    @Column(length = 1000)
    private @Nullable String reason;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** The entry as a sentence ({@code AuditSentence#encode}); null for entries written before sentences. */
    @Column(length = 2000)
    private @Nullable String sentence;

    protected AuditEventEntity() {
        this.action = "";
        this.objectType = "";
        this.summary = "";
        this.occurredAt = Instant.EPOCH;
    }

    public AuditEventEntity(
            long tenantId,
            @Nullable Long actorUserId,
            @Nullable String actorName,
            @Nullable String actorRole,
            String action,
            String objectType,
            @Nullable String objectId,
            String summary,
            @Nullable String reason,
            Instant occurredAt) {
        assignTenant(tenantId);
        this.actorUserId = actorUserId;
        this.actorName = actorName;
        this.actorRole = actorRole;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.summary = truncate(summary);
        this.reason = reason == null ? null : truncate(reason);
        this.occurredAt = occurredAt;
    }

    /** Adds the sentence form; one too long to store whole is left out (the summary stays the record). */
    public AuditEventEntity withSentence(@Nullable String encoded) {
        this.sentence = encoded == null || encoded.length() > 2000 ? null : encoded;
        return this;
    }

    public @Nullable String sentence() {
        return sentence;
    }

    private static String truncate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public @Nullable Long actorUserId() {
        return actorUserId;
    }

    public @Nullable String actorName() {
        return actorName;
    }

    public @Nullable String actorRole() {
        return actorRole;
    }

    public String action() {
        return action;
    }

    public String objectType() {
        return objectType;
    }

    public @Nullable String objectId() {
        return objectId;
    }

    public String summary() {
        return summary;
    }

    public @Nullable String reason() {
        return reason;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
