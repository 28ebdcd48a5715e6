package app.baton.reports.internal;

import app.baton.shared.TextLimits;
import app.baton.shared.tenant.TenantRestriction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/** A contract with an agency: its scope, fee, spend cap, term, report due day and KPI targets. */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "vendor_engagement")
public class EngagementEntity extends app.baton.shared.tenant.TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "vendor_organisation_id", nullable = false, updatable = false)
    private long vendorOrganisationId;

    @Column(name = "title", nullable = false, length = TextLimits.NAME)
    private String title = "";

    @Column(name = "channel_ids", nullable = false, length = 500)
    private String channelIds = "";

    @Column(name = "deliverables", nullable = false, length = TextLimits.TEXT)
    private String deliverables = "";

    @Column(name = "vendor_duties", nullable = false, length = TextLimits.TEXT)
    private String vendorDuties = "";

    @Column(name = "in_house_duties", nullable = false, length = TextLimits.TEXT)
    private String inHouseDuties = "";

    @Column(name = "monthly_fee", nullable = false, precision = 19, scale = 4)
    private java.math.BigDecimal monthlyFee = java.math.BigDecimal.ZERO;

    @Column(name = "media_spend_cap", nullable = false, precision = 19, scale = 4)
    private java.math.BigDecimal mediaSpendCap = java.math.BigDecimal.ZERO;

    @Column(name = "start_date", nullable = false)
    private java.time.LocalDate startDate = java.time.LocalDate.EPOCH;

    @Column(name = "end_date", nullable = false)
    private java.time.LocalDate endDate = java.time.LocalDate.EPOCH;

    @Column(name = "due_day", nullable = false)
    private int dueDay;

    @Column(name = "created_by_user_id", nullable = false, updatable = false)
    private long createdByUserId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private java.time.Instant createdAt = java.time.Instant.EPOCH;

    /** What the agency's conversions are for this engagement; a change starts a new period from its month. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "conversion_kind", nullable = false, length = 10)
    private app.baton.reports.ConversionKind conversionKind = app.baton.reports.ConversionKind.PURCHASE;

    @Column(name = "conversion_definition", nullable = false, length = 500)
    private String conversionDefinition = "";

    /** The agreed split of the monthly fee ({@code channelId:percent,…}); empty: evenly over the channels. */
    @Column(name = "fee_split", nullable = false, length = 500)
    private String feeSplit = "";

    /**
     * The fees before each change ({@code 2026-05=30000,…}: the months before May 2026 had 30000, back to the previous
     * entry), so earlier months keep the fee they had (issue 19).
     */
    @Column(name = "earlier_fees", nullable = false, length = 1000)
    private String earlierFees = "";

    @Column(name = "conversion_since")
    private java.time.@Nullable LocalDate conversionSince;

    @Version
    @Column(nullable = false)
    private long version;

    protected EngagementEntity() {}

    public EngagementEntity(
            long vendorOrganisationId,
            String title,
            String channelIds,
            String deliverables,
            String vendorDuties,
            String inHouseDuties,
            java.math.BigDecimal monthlyFee,
            java.math.BigDecimal mediaSpendCap,
            java.time.LocalDate startDate,
            java.time.LocalDate endDate,
            int dueDay,
            long createdByUserId,
            java.time.Instant createdAt) {
        this.vendorOrganisationId = vendorOrganisationId;
        this.title = title;
        this.channelIds = channelIds;
        this.deliverables = deliverables;
        this.vendorDuties = vendorDuties;
        this.inHouseDuties = inHouseDuties;
        this.monthlyFee = monthlyFee;
        this.mediaSpendCap = mediaSpendCap;
        this.startDate = startDate;
        this.endDate = endDate;
        this.dueDay = dueDay;
        this.createdByUserId = createdByUserId;
        this.createdAt = createdAt;
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

    public String title() {
        return title;
    }

    public String channelIds() {
        return channelIds;
    }

    public String deliverables() {
        return deliverables;
    }

    public String vendorDuties() {
        return vendorDuties;
    }

    public String inHouseDuties() {
        return inHouseDuties;
    }

    public java.math.BigDecimal monthlyFee() {
        return monthlyFee;
    }

    public java.math.BigDecimal mediaSpendCap() {
        return mediaSpendCap;
    }

    public java.time.LocalDate startDate() {
        return startDate;
    }

    public java.time.LocalDate endDate() {
        return endDate;
    }

    public int dueDay() {
        return dueDay;
    }

    public long createdByUserId() {
        return createdByUserId;
    }

    public java.time.Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    public app.baton.reports.ConversionKind conversionKind() {
        return conversionKind;
    }

    public String conversionDefinition() {
        return conversionDefinition;
    }

    public String feeSplit() {
        return feeSplit;
    }

    /** Sets the agreed split of the monthly fee (validated by the service). */
    public void splitFee(String split) {
        this.feeSplit = split;
    }

    /** The first day of the month the current definition holds from; empty when it was set with the engagement. */
    public java.time.@Nullable LocalDate conversionSince() {
        return conversionSince;
    }

    /**
     * Sets what a conversion is; a change of kind or wording from the one in force starts a new period on {@code
     * month}'s first day. Returns whether it changed.
     */
    public boolean defineConversion(
            app.baton.reports.ConversionKind kind, String definition, java.time.YearMonth month, boolean created) {
        if (kind == conversionKind && definition.equals(conversionDefinition)) {
            return false;
        }
        this.conversionKind = kind;
        this.conversionDefinition = definition;
        this.conversionSince = created ? null : month.atDay(1);
        return true;
    }

    /** Sets everything a founder may change; the service validated it. */
    public void update(
            String title,
            String channelIds,
            String deliverables,
            String vendorDuties,
            String inHouseDuties,
            java.math.BigDecimal monthlyFee,
            java.math.BigDecimal mediaSpendCap,
            java.time.LocalDate startDate,
            java.time.LocalDate endDate,
            int dueDay) {
        this.title = title;
        this.channelIds = channelIds;
        this.deliverables = deliverables;
        this.vendorDuties = vendorDuties;
        this.inHouseDuties = inHouseDuties;
        this.monthlyFee = monthlyFee;
        this.mediaSpendCap = mediaSpendCap;
        this.startDate = startDate;
        this.endDate = endDate;
        this.dueDay = dueDay;
    }

    /** The most fee changes kept; the oldest goes first (its months then read the next fee). */
    static final int FEE_CHANGES_KEPT = 60;

    /**
     * Keeps the current fee for the months before {@code from} when it is about to change to {@code newFee}; a second
     * change in the same month keeps the fee that held before that month.
     */
    public void keepFeeBefore(java.time.YearMonth from, java.math.BigDecimal newFee) {
        if (newFee.compareTo(monthlyFee) == 0) {
            return;
        }
        java.util.TreeMap<java.time.YearMonth, java.math.BigDecimal> fees = earlierFees();
        fees.putIfAbsent(from, monthlyFee);
        while (fees.size() > FEE_CHANGES_KEPT) {
            fees.pollFirstEntry();
        }
        this.earlierFees = fees.entrySet().stream()
                .map(f -> f.getKey() + "=" + f.getValue().stripTrailingZeros().toPlainString())
                .collect(java.util.stream.Collectors.joining(","));
    }

    /** The fees before each change, by the month of the change. */
    public java.util.TreeMap<java.time.YearMonth, java.math.BigDecimal> earlierFees() {
        java.util.TreeMap<java.time.YearMonth, java.math.BigDecimal> fees = new java.util.TreeMap<>();
        if (!earlierFees.isBlank()) {
            for (String part : earlierFees.split(",")) {
                int eq = part.indexOf('=');
                fees.put(
                        java.time.YearMonth.parse(part.substring(0, eq)),
                        new java.math.BigDecimal(part.substring(eq + 1)));
            }
        }
        return fees;
    }

    /** The monthly fee of {@code month}: the one in force then. */
    public java.math.BigDecimal feeIn(java.time.YearMonth month) {
        var later = earlierFees().higherEntry(month);
        return later == null ? monthlyFee : later.getValue();
    }

    /** A renewal both sides agreed: the term runs to {@code end}. */
    public void extendTo(java.time.LocalDate end) {
        this.endDate = end;
    }

    /** The terms both sides agreed (issue 19): fee, spend cap, deliverables and duties. */
    public void applyTerms(
            String deliverables,
            String vendorDuties,
            String inHouseDuties,
            java.math.BigDecimal monthlyFee,
            java.math.BigDecimal mediaSpendCap) {
        this.deliverables = deliverables;
        this.vendorDuties = vendorDuties;
        this.inHouseDuties = inHouseDuties;
        this.monthlyFee = monthlyFee;
        this.mediaSpendCap = mediaSpendCap;
    }
}
