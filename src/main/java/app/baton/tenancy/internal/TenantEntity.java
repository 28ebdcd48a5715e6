package app.baton.tenancy.internal;

import app.baton.shared.CompanyDefaults;
import app.baton.shared.TextLimits;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A company using Baton. It is the tenant itself, so it is not tenant-scoped; services load it by the current id. */
@Entity
@Table(name = "tenant")
public class TenantEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = TextLimits.NAME)
    private String name;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "fiscal_year_start_month", nullable = false)
    private int fiscalYearStartMonth;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "language_tag", nullable = false, length = 16)
    private String languageTag;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected TenantEntity() {
        this.name = "";
        this.currency = CompanyDefaults.CURRENCY;
        this.timeZone = CompanyDefaults.ZONE_ID;
        this.languageTag = "zh-TW";
        this.createdAt = Instant.EPOCH;
    }

    public TenantEntity(
            String name,
            String currency,
            int fiscalYearStartMonth,
            String timeZone,
            String languageTag,
            Instant createdAt) {
        this.name = name;
        this.currency = currency;
        this.fiscalYearStartMonth = fiscalYearStartMonth;
        this.timeZone = timeZone;
        this.languageTag = languageTag;
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

    public String currency() {
        return currency;
    }

    public int fiscalYearStartMonth() {
        return fiscalYearStartMonth;
    }

    public String timeZone() {
        return timeZone;
    }

    public String languageTag() {
        return languageTag;
    }
}
