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

/**
 * One uploaded version of an engagement’s monthly report: the stored file, its parsed sums and its review. Read-only
 * once a newer version exists.
 *
 * <p>Size (about 320 lines): the columns of the file, of every sum a report can carry, and of its review, each with
 * its accessor; the review's transitions are guarded here.
 */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "report_version")
public class ReportVersionEntity extends app.baton.shared.tenant.TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "engagement_id", nullable = false, updatable = false)
    private long engagementId;

    @Column(name = "report_month", nullable = false, updatable = false)
    private java.time.LocalDate reportMonth = java.time.LocalDate.EPOCH;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 24)
    private app.baton.reports.ReviewStatus status = app.baton.reports.ReviewStatus.SUBMITTED;

    @Enumerated(EnumType.STRING)
    @Column(name = "format", nullable = false, updatable = false, length = 20)
    private app.baton.reports.parsing.ReportFormat format = app.baton.reports.parsing.ReportFormat.BATON_TEMPLATE;

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

    @Column(name = "rows_storage_key", nullable = false, updatable = false, length = 200)
    private String rowsStorageKey = "";

    @Column(name = "row_count", nullable = false, updatable = false)
    private int rowCount;

    @Column(name = "impressions", updatable = false, precision = 19, scale = 4)
    private java.math.@Nullable BigDecimal impressions;

    @Column(name = "clicks", updatable = false, precision = 19, scale = 4)
    private java.math.@Nullable BigDecimal clicks;

    @Column(name = "cost", updatable = false, precision = 19, scale = 4)
    private java.math.@Nullable BigDecimal cost;

    @Column(name = "conversions", updatable = false, precision = 19, scale = 4)
    private java.math.@Nullable BigDecimal conversions;

    @Column(name = "conversion_value", updatable = false, precision = 19, scale = 4)
    private java.math.@Nullable BigDecimal conversionValue;

    @Column(name = "new_customers", updatable = false, precision = 19, scale = 4)
    private java.math.@Nullable BigDecimal newCustomers;

    @Column(name = "definitions", nullable = false, updatable = false, length = TextLimits.TEXT)
    private String definitions = "";

    @Column(name = "campaigns", nullable = false, updatable = false, length = TextLimits.LONG_TEXT)
    private String campaigns = "";

    @Column(name = "note", updatable = false, length = TextLimits.TEXT)
    private @Nullable String note;

    /** The agency layout version the file was read with, when it was read by the agency's own layout. */
    @Column(name = "layout_id", updatable = false)
    private @Nullable Long layoutId;

    @Column(name = "text_encoding", updatable = false, length = 16)
    private @Nullable String textEncoding;

    @Column(name = "encoding_detected", nullable = false, updatable = false)
    private boolean encodingDetected;

    @Column(name = "uploaded_by_user_id", nullable = false, updatable = false)
    private long uploadedByUserId;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private java.time.Instant uploadedAt = java.time.Instant.EPOCH;

    @Column(name = "reviewed_by_user_id")
    private @Nullable Long reviewedByUserId;

    @Column(name = "reviewed_at")
    private java.time.@Nullable Instant reviewedAt;

    @Column(name = "review_reason", length = TextLimits.TEXT)
    private @Nullable String reviewReason;

    @Version
    @Column(nullable = false)
    private long version;

    protected ReportVersionEntity() {}

    public ReportVersionEntity(
            long engagementId,
            java.time.LocalDate reportMonth,
            int versionNumber,
            app.baton.reports.parsing.ReportFormat format,
            String fileName,
            String mediaType,
            long sizeBytes,
            String sha256,
            String storageKey,
            String rowsStorageKey,
            int rowCount,
            java.math.@Nullable BigDecimal impressions,
            java.math.@Nullable BigDecimal clicks,
            java.math.@Nullable BigDecimal cost,
            java.math.@Nullable BigDecimal conversions,
            java.math.@Nullable BigDecimal conversionValue,
            java.math.@Nullable BigDecimal newCustomers,
            String definitions,
            String campaigns,
            @Nullable String note,
            long uploadedByUserId,
            java.time.Instant uploadedAt) {
        this.engagementId = engagementId;
        this.reportMonth = reportMonth;
        this.versionNumber = versionNumber;
        this.format = format;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.rowsStorageKey = rowsStorageKey;
        this.rowCount = rowCount;
        this.impressions = impressions;
        this.clicks = clicks;
        this.cost = cost;
        this.conversions = conversions;
        this.conversionValue = conversionValue;
        this.newCustomers = newCustomers;
        this.definitions = definitions;
        this.campaigns = campaigns;
        this.note = note;
        this.uploadedByUserId = uploadedByUserId;
        this.uploadedAt = uploadedAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public long engagementId() {
        return engagementId;
    }

    public java.time.LocalDate reportMonth() {
        return reportMonth;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public app.baton.reports.ReviewStatus status() {
        return status;
    }

    public app.baton.reports.parsing.ReportFormat format() {
        return format;
    }

    /** Records the agency layout version this file was read with (at upload, once). */
    public ReportVersionEntity readWithLayout(@Nullable Long layoutId) {
        this.layoutId = layoutId;
        return this;
    }

    /** Records the text encoding the file was read in ({@code null} for a workbook) and whether it was detected. */
    public ReportVersionEntity readInEncoding(
            app.baton.shared.tables.@Nullable TextEncoding encoding, boolean detected) {
        this.textEncoding = encoding == null ? null : encoding.name();
        this.encodingDetected = detected;
        return this;
    }

    public @Nullable String textEncoding() {
        return textEncoding;
    }

    public boolean encodingDetected() {
        return encodingDetected;
    }

    public @Nullable Long layoutId() {
        return layoutId;
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

    public int rowCount() {
        return rowCount;
    }

    public java.math.@Nullable BigDecimal impressions() {
        return impressions;
    }

    public java.math.@Nullable BigDecimal clicks() {
        return clicks;
    }

    public java.math.@Nullable BigDecimal cost() {
        return cost;
    }

    public java.math.@Nullable BigDecimal conversions() {
        return conversions;
    }

    public java.math.@Nullable BigDecimal conversionValue() {
        return conversionValue;
    }

    public java.math.@Nullable BigDecimal newCustomers() {
        return newCustomers;
    }

    public String definitions() {
        return definitions;
    }

    public String campaigns() {
        return campaigns;
    }

    public @Nullable String note() {
        return note;
    }

    public long uploadedByUserId() {
        return uploadedByUserId;
    }

    public java.time.Instant uploadedAt() {
        return uploadedAt;
    }

    public @Nullable Long reviewedByUserId() {
        return reviewedByUserId;
    }

    public java.time.@Nullable Instant reviewedAt() {
        return reviewedAt;
    }

    public @Nullable String reviewReason() {
        return reviewReason;
    }

    public long version() {
        return version;
    }

    /** Records a review decision. */
    public void review(
            app.baton.reports.ReviewStatus status, long userId, java.time.Instant at, @Nullable String reason) {
        this.status = status;
        this.reviewedByUserId = userId;
        this.reviewedAt = at;
        this.reviewReason = reason;
    }
}
