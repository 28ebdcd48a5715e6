package app.baton.insights.internal;

import app.baton.shared.TextLimits;
import app.baton.shared.tenant.TenantRestriction;
import app.baton.shared.tenant.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/** A decision taken in a review meeting; never changed once recorded. */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "meeting_decision")
public class MeetingDecisionEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private @Nullable ReviewMeetingEntity meeting;

    @Column(nullable = false, updatable = false, length = 24)
    private String kind = "";

    @Column(name = "subject_id", updatable = false)
    private @Nullable Long subjectId;

    @Column(nullable = false, updatable = false, length = TextLimits.TEXT)
    private String text = "";

    @Column(name = "recorded_by_user_id", nullable = false, updatable = false)
    private long recordedByUserId;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt = Instant.EPOCH;

    protected MeetingDecisionEntity() {}

    MeetingDecisionEntity(
            ReviewMeetingEntity meeting, String kind, @Nullable Long subjectId, String text, long userId, Instant at) {
        this.meeting = meeting;
        this.kind = kind;
        this.subjectId = subjectId;
        this.text = text;
        this.recordedByUserId = userId;
        this.recordedAt = at;
    }

    public String kind() {
        return kind;
    }

    public @Nullable Long subjectId() {
        return subjectId;
    }

    public String text() {
        return text;
    }

    public long recordedByUserId() {
        return recordedByUserId;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
