package app.baton.reports.internal;

import app.baton.shared.tenant.TenantRestriction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/** A founder’s quarterly 1–5 rating of an engagement on the five criteria of the domain material. */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "vendor_rating")
public class RatingEntity extends app.baton.shared.tenant.TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "engagement_id", nullable = false, updatable = false)
    private long engagementId;

    @Column(name = "quarter", nullable = false, updatable = false, length = 7)
    private String quarter = "";

    @Column(name = "expertise", nullable = false)
    private int expertise;

    @Column(name = "past_performance", nullable = false)
    private int pastPerformance;

    @Column(name = "communication", nullable = false)
    private int communication;

    @Column(name = "flexibility", nullable = false)
    private int flexibility;

    @Column(name = "transparency", nullable = false)
    private int transparency;

    @Column(name = "rated_by_user_id", nullable = false)
    private long ratedByUserId;

    @Column(name = "rated_at", nullable = false)
    private java.time.Instant ratedAt = java.time.Instant.EPOCH;

    protected RatingEntity() {}

    public RatingEntity(
            long engagementId,
            String quarter,
            int expertise,
            int pastPerformance,
            int communication,
            int flexibility,
            int transparency,
            long ratedByUserId,
            java.time.Instant ratedAt) {
        this.engagementId = engagementId;
        this.quarter = quarter;
        this.expertise = expertise;
        this.pastPerformance = pastPerformance;
        this.communication = communication;
        this.flexibility = flexibility;
        this.transparency = transparency;
        this.ratedByUserId = ratedByUserId;
        this.ratedAt = ratedAt;
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

    public String quarter() {
        return quarter;
    }

    public int expertise() {
        return expertise;
    }

    public int pastPerformance() {
        return pastPerformance;
    }

    public int communication() {
        return communication;
    }

    public int flexibility() {
        return flexibility;
    }

    public int transparency() {
        return transparency;
    }

    public long ratedByUserId() {
        return ratedByUserId;
    }

    public java.time.Instant ratedAt() {
        return ratedAt;
    }

    public void update(
            int expertise,
            int pastPerformance,
            int communication,
            int flexibility,
            int transparency,
            long userId,
            java.time.Instant at) {
        this.expertise = expertise;
        this.pastPerformance = pastPerformance;
        this.communication = communication;
        this.flexibility = flexibility;
        this.transparency = transparency;
        this.ratedByUserId = userId;
        this.ratedAt = at;
    }
}
