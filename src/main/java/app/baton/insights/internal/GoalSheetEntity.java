package app.baton.insights.internal;

import app.baton.insights.GoalSheet;
import app.baton.shared.DomainException;
import app.baton.shared.TextLimits;
import app.baton.shared.tenant.TenantRestriction;
import app.baton.shared.tenant.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/**
 * One version of a company's goal sheet. Its figures never change after it is written (a change is a new version);
 * only the two generations' signatures are added. Agreed once a founder and a successor have both signed.
 */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "goal_sheet")
public class GoalSheetEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "in_force_from", nullable = false, updatable = false)
    private LocalDate inForceFrom = LocalDate.EPOCH;

    @Column(name = "sales_growth_pct", precision = 7, scale = 2, updatable = false)
    private @Nullable BigDecimal salesGrowthPct;

    @Column(name = "new_customers", updatable = false)
    private @Nullable Integer newCustomers;

    @Column(name = "branded_searches", updatable = false)
    private @Nullable Integer brandedSearches;

    @Column(name = "social_mentions", updatable = false)
    private @Nullable Integer socialMentions;

    @Column(name = "positive_review_pct", precision = 5, scale = 2, updatable = false)
    private @Nullable BigDecimal positiveReviewPct;

    @Column(name = "site_visits", updatable = false)
    private @Nullable Integer siteVisits;

    @Column(precision = 19, scale = 4, updatable = false)
    private @Nullable BigDecimal cac;

    @Column(precision = 19, scale = 4, updatable = false)
    private @Nullable BigDecimal roas;

    @Column(name = "roi_pct", precision = 9, scale = 2, updatable = false)
    private @Nullable BigDecimal roiPct;

    @Column(name = "cr_pct", precision = 5, scale = 2, updatable = false)
    private @Nullable BigDecimal crPct;

    @Column(name = "ltv_cac", precision = 9, scale = 2, updatable = false)
    private @Nullable BigDecimal ltvCac;

    @Column(name = "seo_months", updatable = false)
    private @Nullable Integer seoMonths;

    @Column(name = "content_months", updatable = false)
    private @Nullable Integer contentMonths;

    @Column(name = "brand_months", updatable = false)
    private @Nullable Integer brandMonths;

    @Column(name = "search_ads_weeks", updatable = false)
    private @Nullable Integer searchAdsWeeks;

    @Column(name = "social_ads_weeks", updatable = false)
    private @Nullable Integer socialAdsWeeks;

    @Column(length = TextLimits.TEXT, updatable = false)
    private @Nullable String note;

    @Column(name = "drafted_by_user_id", nullable = false, updatable = false)
    private long draftedByUserId;

    @Column(name = "drafted_at", nullable = false, updatable = false)
    private Instant draftedAt = Instant.EPOCH;

    @Column(name = "founder_signed_by_user_id")
    private @Nullable Long founderSignedBy;

    @Column(name = "founder_signed_at")
    private @Nullable Instant founderSignedAt;

    @Column(name = "successor_signed_by_user_id")
    private @Nullable Long successorSignedBy;

    @Column(name = "successor_signed_at")
    private @Nullable Instant successorSignedAt;

    @jakarta.persistence.OneToMany(
            mappedBy = "sheet",
            cascade = jakarta.persistence.CascadeType.PERSIST,
            fetch = jakarta.persistence.FetchType.LAZY)
    @jakarta.persistence.OrderBy("channelId")
    private java.util.List<GoalChannelTargetEntity> channelTargets = new java.util.ArrayList<>();

    @Column(name = "founder_alone", nullable = false)
    private boolean founderAlone;

    @Version
    private long version;

    protected GoalSheetEntity() {}

    public GoalSheetEntity(int number, GoalSheet sheet, long byUserId, Instant at) {
        this.number = number;
        this.inForceFrom = sheet.inForceFrom().atDay(1);
        this.salesGrowthPct = sheet.salesGrowthPct();
        this.newCustomers = sheet.newCustomers();
        this.brandedSearches = sheet.brandedSearches();
        this.socialMentions = sheet.socialMentions();
        this.positiveReviewPct = sheet.positiveReviewPct();
        this.siteVisits = sheet.siteVisits();
        this.cac = sheet.cac();
        this.roas = sheet.roas();
        this.roiPct = sheet.roiPct();
        this.crPct = sheet.crPct();
        this.ltvCac = sheet.ltvCac();
        this.seoMonths = sheet.seoMonths();
        this.contentMonths = sheet.contentMonths();
        this.brandMonths = sheet.brandMonths();
        this.searchAdsWeeks = sheet.searchAdsWeeks();
        this.socialAdsWeeks = sheet.socialAdsWeeks();
        this.note = sheet.note();
        sheet.channels().forEach(goal -> channelTargets.add(new GoalChannelTargetEntity(this, goal)));
        this.draftedByUserId = byUserId;
        this.draftedAt = at;
    }

    /**
     * A founder's signature; refused when a founder signed already. {@code alone}: the company has no successor to
     * sign, so the founder's signature agrees the version by itself (and it stays agreed when a successor joins).
     */
    public void signAsFounder(long userId, Instant at, boolean alone) {
        if (founderSignedBy != null) {
            throw new DomainException("goals.alreadySigned");
        }
        this.founderSignedBy = userId;
        this.founderSignedAt = at;
        this.founderAlone = alone && successorSignedBy == null;
    }

    /** A successor's signature; refused when a successor signed already, or the version is agreed already. */
    public void signAsSuccessor(long userId, Instant at) {
        if (successorSignedBy != null || agreed()) {
            throw new DomainException("goals.alreadySigned");
        }
        this.successorSignedBy = userId;
        this.successorSignedAt = at;
    }

    /** Agreed: both generations signed this version, or a founder of a company without a successor did. */
    public boolean agreed() {
        return founderSignedBy != null && (successorSignedBy != null || founderAlone);
    }

    /** Agreed by a founder alone, the company having no successor when they signed. */
    public boolean founderAlone() {
        return founderAlone;
    }

    /** When it became agreed (the later signature), or null. */
    public @Nullable Instant agreedAt() {
        if (!agreed() || founderSignedAt == null) {
            return null;
        }
        if (successorSignedAt == null) {
            return founderSignedAt;
        }
        return founderSignedAt.isAfter(successorSignedAt) ? founderSignedAt : successorSignedAt;
    }

    public GoalSheet sheet() {
        return new GoalSheet(
                YearMonth.from(inForceFrom),
                salesGrowthPct,
                newCustomers,
                brandedSearches,
                socialMentions,
                positiveReviewPct,
                siteVisits,
                cac,
                roas,
                roiPct,
                crPct,
                ltvCac,
                seoMonths,
                contentMonths,
                brandMonths,
                searchAdsWeeks,
                socialAdsWeeks,
                note,
                channelTargets.stream().map(GoalChannelTargetEntity::goal).toList());
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public int number() {
        return number;
    }

    public YearMonth inForceFrom() {
        return YearMonth.from(inForceFrom);
    }

    public long draftedByUserId() {
        return draftedByUserId;
    }

    public Instant draftedAt() {
        return draftedAt;
    }

    public @Nullable Long founderSignedBy() {
        return founderSignedBy;
    }

    public @Nullable Instant founderSignedAt() {
        return founderSignedAt;
    }

    public @Nullable Long successorSignedBy() {
        return successorSignedBy;
    }

    public @Nullable Instant successorSignedAt() {
        return successorSignedAt;
    }

    public long version() {
        return version;
    }
}
