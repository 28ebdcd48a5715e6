package app.baton.experiments.internal;

import app.baton.shared.TextLimits;
import app.baton.shared.tenant.TenantRestriction;
import app.baton.shared.tenant.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/** A file attached to an experiment's results: kept unchanged in the file store, with its checked type and hash. */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "experiment_attachment")
public class AttachmentEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "experiment_id", nullable = false, updatable = false)
    private long experimentId;

    @Column(name = "file_name", nullable = false, length = TextLimits.NAME, updatable = false)
    private String fileName = "";

    @Column(name = "media_type", nullable = false, length = 100, updatable = false)
    private String mediaType = "";

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256 = "";

    @Column(name = "storage_key", nullable = false, length = 200, updatable = false)
    private String storageKey = "";

    @Column(name = "uploaded_by_user_id", nullable = false, updatable = false)
    private long uploadedByUserId;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt = Instant.EPOCH;

    protected AttachmentEntity() {}

    public AttachmentEntity(
            long experimentId,
            String fileName,
            String mediaType,
            long size,
            String sha256,
            String storageKey,
            long uploadedByUserId,
            Instant uploadedAt) {
        this.experimentId = experimentId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = size;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.uploadedByUserId = uploadedByUserId;
        this.uploadedAt = uploadedAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public long experimentId() {
        return experimentId;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String storageKey() {
        return storageKey;
    }

    public long uploadedByUserId() {
        return uploadedByUserId;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
