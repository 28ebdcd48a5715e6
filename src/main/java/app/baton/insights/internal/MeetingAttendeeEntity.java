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
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/** Someone who attended a closed review meeting: a member of the company, or a guest named by hand. */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "meeting_attendee")
public class MeetingAttendeeEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private @Nullable ReviewMeetingEntity meeting;

    @Column(name = "user_id", updatable = false)
    private @Nullable Long userId;

    @Column(nullable = false, updatable = false, length = TextLimits.NAME)
    private String name = "";

    protected MeetingAttendeeEntity() {}

    MeetingAttendeeEntity(ReviewMeetingEntity meeting, @Nullable Long userId, String name) {
        this.meeting = meeting;
        this.userId = userId;
        this.name = name;
    }

    public @Nullable Long userId() {
        return userId;
    }

    public String name() {
        return name;
    }
}
