package app.baton.notifications.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalTime;

/**
 * A person's LINE settings, across every company they belong to (global, like {@link MailPreferenceEntity}): the
 * kinds turned off, one daily digest instead of a message per item, and quiet hours (read in Asia/Taipei) during
 * which messages wait. No row means every kind, right away, quiet from 22:00 to 08:00.
 */
@Entity
@Table(name = "line_preference")
public class LinePreferenceEntity {

    public static final LocalTime QUIET_FROM = LocalTime.of(22, 0);
    public static final LocalTime QUIET_UNTIL = LocalTime.of(8, 0);

    @Id
    @Column(name = "user_id")
    private long userId;

    @Column(name = "disabled_kinds", nullable = false, length = 500)
    private String disabledKinds = "";

    @Column(nullable = false)
    private boolean digest;

    @Column(name = "quiet_from", nullable = false)
    private LocalTime quietFrom = QUIET_FROM;

    @Column(name = "quiet_until", nullable = false)
    private LocalTime quietUntil = QUIET_UNTIL;

    protected LinePreferenceEntity() {}

    public LinePreferenceEntity(long userId) {
        this.userId = userId;
    }

    public long userId() {
        return userId;
    }

    public String disabledKinds() {
        return disabledKinds;
    }

    public boolean digest() {
        return digest;
    }

    public LocalTime quietFrom() {
        return quietFrom;
    }

    public LocalTime quietUntil() {
        return quietUntil;
    }

    public void update(String disabledKinds, boolean digest, LocalTime quietFrom, LocalTime quietUntil) {
        this.disabledKinds = disabledKinds;
        this.digest = digest;
        this.quietFrom = quietFrom;
        this.quietUntil = quietUntil;
    }
}
