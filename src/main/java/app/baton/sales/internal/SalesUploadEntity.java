package app.baton.sales.internal;

import app.baton.shared.tenant.TenantRestriction;
import app.baton.shared.tenant.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/**
 * One upload of the company's sales: the raw file unchanged (its storage key and SHA-256), the parsed orders beside
 * it, the period it covers and what it adds up to. Read-only once written: a correction is a new upload, and for each
 * day the latest upload covering it counts.
 */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "sales_upload")
public class SalesUploadEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(name = "layout", nullable = false, updatable = false, length = 20)
    private String layout = "";

    @Column(name = "file_name", nullable = false, updatable = false, length = 255)
    private String fileName = "";

    @Column(name = "media_type", nullable = false, updatable = false, length = 100)
    private String mediaType = "";

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256 = "";

    @Column(name = "storage_key", nullable = false, updatable = false, length = 255)
    private String storageKey = "";

    @Column(name = "rows_storage_key", nullable = false, updatable = false, length = 255)
    private String rowsStorageKey = "";

    @Column(name = "text_encoding", updatable = false, length = 16)
    private @Nullable String textEncoding;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart = LocalDate.EPOCH;

    @Column(name = "period_end", nullable = false, updatable = false)
    private LocalDate periodEnd = LocalDate.EPOCH;

    @Column(name = "row_count", nullable = false, updatable = false)
    private int rowCount;

    @Column(name = "order_count", nullable = false, updatable = false)
    private int orderCount;

    @Column(name = "cancelled_count", nullable = false, updatable = false)
    private int cancelledCount;

    @Column(name = "revenue", nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal revenue = BigDecimal.ZERO;

    @Column(name = "new_customers", nullable = false, updatable = false)
    private int newCustomers;

    /** Customers (keyed) with a counted order in the file: with the orders, how often a customer buys. */
    @Column(name = "distinct_customers", nullable = false, updatable = false)
    private int distinctCustomers;

    @Column(name = "has_attribution", nullable = false, updatable = false)
    private boolean hasAttribution;

    @Column(name = "totals_mismatch", nullable = false, updatable = false)
    private int totalsMismatch;

    @Column(name = "totals_mismatch_rows", nullable = false, updatable = false, length = 200)
    private String totalsMismatchRows = "";

    @Column(name = "uploaded_by_user_id", nullable = false, updatable = false)
    private long uploadedByUserId;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt = Instant.EPOCH;

    protected SalesUploadEntity() {}

    public SalesUploadEntity(
            int versionNumber,
            String layout,
            String fileName,
            String mediaType,
            long sizeBytes,
            String sha256,
            String storageKey,
            String rowsStorageKey,
            @Nullable String textEncoding,
            LocalDate periodStart,
            LocalDate periodEnd,
            int rowCount,
            int orderCount,
            int cancelledCount,
            BigDecimal revenue,
            int newCustomers,
            int distinctCustomers,
            boolean hasAttribution,
            int totalsMismatch,
            String totalsMismatchRows,
            long uploadedByUserId,
            Instant uploadedAt) {
        this.versionNumber = versionNumber;
        this.layout = layout;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.rowsStorageKey = rowsStorageKey;
        this.textEncoding = textEncoding;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.rowCount = rowCount;
        this.orderCount = orderCount;
        this.cancelledCount = cancelledCount;
        this.revenue = revenue;
        this.newCustomers = newCustomers;
        this.distinctCustomers = distinctCustomers;
        this.hasAttribution = hasAttribution;
        this.totalsMismatch = totalsMismatch;
        this.totalsMismatchRows = totalsMismatchRows;
        this.uploadedByUserId = uploadedByUserId;
        this.uploadedAt = uploadedAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public String layout() {
        return layout;
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

    public String rowsStorageKey() {
        return rowsStorageKey;
    }

    public @Nullable String textEncoding() {
        return textEncoding;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public int rowCount() {
        return rowCount;
    }

    public int orderCount() {
        return orderCount;
    }

    public int cancelledCount() {
        return cancelledCount;
    }

    public BigDecimal revenue() {
        return revenue;
    }

    public int newCustomers() {
        return newCustomers;
    }

    public int distinctCustomers() {
        return distinctCustomers;
    }

    public boolean hasAttribution() {
        return hasAttribution;
    }

    public int totalsMismatch() {
        return totalsMismatch;
    }

    public String totalsMismatchRows() {
        return totalsMismatchRows;
    }

    public long uploadedByUserId() {
        return uploadedByUserId;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
