package app.baton.reports.internal;

import app.baton.shared.TextLimits;
import app.baton.shared.tenant.TenantRestriction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/** A file beside a report version (a PDF narrative, an image), stored unchanged. */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "report_attachment")
public class ReportAttachmentEntity extends app.baton.shared.tenant.TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "report_version_id", nullable = false, updatable = false)
    private long reportVersionId;

    @Column(name = "file_name", nullable = false, updatable = false, length = TextLimits.NAME)
    private String fileName = "";

    @Column(name = "media_type", nullable = false, updatable = false, length = 100)
    private String mediaType = "";

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256 = "";

    @Column(name = "storage_key", nullable = false, updatable = false, length = 200)
    private String storageKey = "";

    protected ReportAttachmentEntity() {}

    public ReportAttachmentEntity(
            long reportVersionId, String fileName, String mediaType, long sizeBytes, String sha256, String storageKey) {
        this.reportVersionId = reportVersionId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
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

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public String storageKey() {
        return storageKey;
    }
}
