package app.baton.tenancy.internal;

import app.baton.shared.TextLimits;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An agency. Global: one agency serves several companies through its people's vendor memberships. */
@Entity
@Table(name = "vendor_organisation")
public class VendorOrganisationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = TextLimits.NAME)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected VendorOrganisationEntity() {
        this.name = "";
        this.createdAt = Instant.EPOCH;
    }

    public VendorOrganisationEntity(String name, Instant createdAt) {
        this.name = name;
        this.createdAt = createdAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public String name() {
        return name;
    }
}
