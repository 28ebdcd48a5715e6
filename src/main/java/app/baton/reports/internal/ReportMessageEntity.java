package app.baton.reports.internal;

import app.baton.shared.TextLimits;
import app.baton.shared.tenant.TenantRestriction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/** One entry of a report’s review thread: a question (often about a flag), an answer, a decision. Never changed. */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "report_message")
public class ReportMessageEntity extends app.baton.shared.tenant.TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "report_version_id", nullable = false, updatable = false)
    private long reportVersionId;

    @Column(name = "flag_id", updatable = false)
    private @Nullable Long flagId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 24)
    private app.baton.reports.MessageKind kind = app.baton.reports.MessageKind.COMMENT;

    @Column(name = "body", nullable = false, updatable = false, length = TextLimits.LONG_TEXT)
    private String body = "";

    @Column(name = "author_user_id", nullable = false, updatable = false)
    private long authorUserId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private java.time.Instant createdAt = java.time.Instant.EPOCH;

    protected ReportMessageEntity() {}

    public ReportMessageEntity(
            long reportVersionId,
            @Nullable Long flagId,
            app.baton.reports.MessageKind kind,
            String body,
            long authorUserId,
            java.time.Instant createdAt) {
        this.reportVersionId = reportVersionId;
        this.flagId = flagId;
        this.kind = kind;
        this.body = body;
        this.authorUserId = authorUserId;
        this.createdAt = createdAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public long reportVersionId() {
        return reportVersionId;
    }

    public @Nullable Long flagId() {
        return flagId;
    }

    public app.baton.reports.MessageKind kind() {
        return kind;
    }

    public String body() {
        return body;
    }

    public long authorUserId() {
        return authorUserId;
    }

    public java.time.Instant createdAt() {
        return createdAt;
    }
}
