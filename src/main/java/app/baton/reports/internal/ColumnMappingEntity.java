package app.baton.reports.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** An agency’s saved column mapping for its own report template. Global: the agency reuses it in every company it serves. */
@Entity
@Table(name = "vendor_column_mapping")
public class ColumnMappingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "vendor_organisation_id", nullable = false, updatable = false)
    private long vendorOrganisationId;

    @Column(name = "mapping", nullable = false, length = 4000)
    private String mapping = "";

    @Column(name = "saved_by_user_id", nullable = false)
    private long savedByUserId;

    @Column(name = "saved_at", nullable = false)
    private java.time.Instant savedAt = java.time.Instant.EPOCH;

    protected ColumnMappingEntity() {}

    public ColumnMappingEntity(
            long vendorOrganisationId, String mapping, long savedByUserId, java.time.Instant savedAt) {
        this.vendorOrganisationId = vendorOrganisationId;
        this.mapping = mapping;
        this.savedByUserId = savedByUserId;
        this.savedAt = savedAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public long vendorOrganisationId() {
        return vendorOrganisationId;
    }

    public String mapping() {
        return mapping;
    }

    public long savedByUserId() {
        return savedByUserId;
    }

    public java.time.Instant savedAt() {
        return savedAt;
    }

    public void replace(String mapping, long userId, java.time.Instant at) {
        this.mapping = mapping;
        this.savedByUserId = userId;
        this.savedAt = at;
    }
}
