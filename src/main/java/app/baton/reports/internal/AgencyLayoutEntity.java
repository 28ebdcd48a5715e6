package app.baton.reports.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One saved version of an agency's column layout for its own report template. Global and owned by the agency (it
 * reads the agency's files in every company it serves); only the agency's own people save one. Never changed once
 * saved: a change is a new version, and each report version records the layout version it was read with.
 */
@Entity
@Table(name = "agency_layout")
public class AgencyLayoutEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "vendor_organisation_id", nullable = false, updatable = false)
    private long vendorOrganisationId;

    @Column(name = "layout_version", nullable = false, updatable = false)
    private int layoutVersion;

    @Column(name = "mapping", nullable = false, updatable = false, length = 4000)
    private String mapping = "";

    @Column(name = "saved_by_user_id", nullable = false, updatable = false)
    private long savedByUserId;

    @Column(name = "saved_at", nullable = false, updatable = false)
    private Instant savedAt = Instant.EPOCH;

    protected AgencyLayoutEntity() {}

    public AgencyLayoutEntity(
            long vendorOrganisationId, int layoutVersion, String mapping, long savedByUserId, Instant savedAt) {
        this.vendorOrganisationId = vendorOrganisationId;
        this.layoutVersion = layoutVersion;
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

    public int layoutVersion() {
        return layoutVersion;
    }

    public String mapping() {
        return mapping;
    }

    public long savedByUserId() {
        return savedByUserId;
    }

    public Instant savedAt() {
        return savedAt;
    }
}
