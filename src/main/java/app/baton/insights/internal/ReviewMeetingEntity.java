package app.baton.insights.internal;

import app.baton.shared.TextLimits;
import app.baton.shared.tenant.TenantRestriction;
import app.baton.shared.tenant.TenantScopedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/** One month's budget review meeting: OPEN while decisions are recorded, CLOSED with its attendees (final). */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "review_meeting")
public class ReviewMeetingEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "meeting_month", nullable = false, updatable = false)
    private LocalDate month = LocalDate.MIN;

    @Column(nullable = false, length = 16)
    private String status = "OPEN";

    @Column(length = TextLimits.LONG_TEXT)
    private @Nullable String summary;

    @Column(name = "closed_by_user_id")
    private @Nullable Long closedByUserId;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL)
    @OrderBy("recordedAt, id")
    private List<MeetingDecisionEntity> decisions = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<MeetingAttendeeEntity> attendees = new ArrayList<>();

    protected ReviewMeetingEntity() {}

    public ReviewMeetingEntity(LocalDate month) {
        this.month = month;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public LocalDate month() {
        return month;
    }

    public boolean closed() {
        return "CLOSED".equals(status);
    }

    public @Nullable String summary() {
        return summary;
    }

    public @Nullable Long closedByUserId() {
        return closedByUserId;
    }

    public @Nullable Instant closedAt() {
        return closedAt;
    }

    public long version() {
        return version;
    }

    public List<MeetingDecisionEntity> decisions() {
        return List.copyOf(decisions);
    }

    public List<MeetingAttendeeEntity> attendees() {
        return List.copyOf(attendees);
    }

    public void record(String kind, @Nullable Long subjectId, String text, long userId, Instant at) {
        decisions.add(new MeetingDecisionEntity(this, kind, subjectId, text, userId, at));
    }

    public void close(
            List<app.baton.insights.MeetingService.Attendee> people,
            @Nullable String summary,
            long userId,
            Instant at) {
        people.forEach(p -> attendees.add(new MeetingAttendeeEntity(this, p.userId(), p.name())));
        this.summary = summary;
        this.status = "CLOSED";
        this.closedByUserId = userId;
        this.closedAt = at;
    }
}
