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
import jakarta.persistence.Version;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/** A red flag found on a report version, and what became of it (questioned, resolved or dismissed with a reason). */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "report_flag")
public class FlagEntity extends app.baton.shared.tenant.TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "report_version_id", nullable = false, updatable = false)
    private long reportVersionId;

    @Column(name = "code", nullable = false, updatable = false, length = 40)
    private String code = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, updatable = false, length = 10)
    private app.baton.reports.checks.Severity severity = app.baton.reports.checks.Severity.INFO;

    @Column(name = "row_numbers", nullable = false, updatable = false, length = 1000)
    private String rowNumbers = "";

    @Column(name = "arguments", nullable = false, updatable = false, length = 2000)
    private String arguments = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private app.baton.reports.FlagState state = app.baton.reports.FlagState.OPEN;

    @Column(name = "resolution", length = TextLimits.TEXT)
    private @Nullable String resolution;

    @Column(name = "resolved_by_user_id")
    private @Nullable Long resolvedByUserId;

    @Column(name = "resolved_at")
    private java.time.@Nullable Instant resolvedAt;

    /** When a flag was found after the upload (by the reconciliation with the company's sales); else empty. */
    @Column(name = "found_at", updatable = false)
    private java.time.@Nullable Instant foundAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected FlagEntity() {}

    public FlagEntity(
            long reportVersionId,
            String code,
            app.baton.reports.checks.Severity severity,
            String rowNumbers,
            String arguments) {
        this.reportVersionId = reportVersionId;
        this.code = code;
        this.severity = severity;
        this.rowNumbers = rowNumbers;
        this.arguments = arguments;
    }

    /** Marks the flag as found at {@code at}, after its version was uploaded. */
    public FlagEntity foundAt(java.time.Instant at) {
        this.foundAt = at;
        return this;
    }

    public java.time.@Nullable Instant foundAt() {
        return foundAt;
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

    public String code() {
        return code;
    }

    public app.baton.reports.checks.Severity severity() {
        return severity;
    }

    public String rowNumbers() {
        return rowNumbers;
    }

    public String arguments() {
        return arguments;
    }

    public app.baton.reports.FlagState state() {
        return state;
    }

    public @Nullable String resolution() {
        return resolution;
    }

    public @Nullable Long resolvedByUserId() {
        return resolvedByUserId;
    }

    public java.time.@Nullable Instant resolvedAt() {
        return resolvedAt;
    }

    public long version() {
        return version;
    }

    public void question() {
        this.state = app.baton.reports.FlagState.QUESTIONED;
    }

    public void close(app.baton.reports.FlagState state, String reason, long userId, java.time.Instant at) {
        this.state = state;
        this.resolution = reason;
        this.resolvedByUserId = userId;
        this.resolvedAt = at;
    }
}
