package app.baton.notifications.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A person's e-mail settings, across every company they belong to (global, like the account): the mail kinds turned
 * off and whether they want one daily digest instead of a mail per item. No row means every kind, right away.
 */
@Entity
@Table(name = "mail_preference")
public class MailPreferenceEntity {

    @Id
    @Column(name = "user_id")
    private long userId;

    @Column(name = "disabled_kinds", nullable = false, length = 500)
    private String disabledKinds = "";

    @Column(nullable = false)
    private boolean digest;

    @Column(name = "last_digest_at")
    private @Nullable Instant lastDigestAt;

    protected MailPreferenceEntity() {}

    public MailPreferenceEntity(long userId) {
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

    public @Nullable Instant lastDigestAt() {
        return lastDigestAt;
    }

    public void update(String disabledKinds, boolean digest) {
        this.disabledKinds = disabledKinds;
        this.digest = digest;
    }

    public void digested(Instant at) {
        this.lastDigestAt = at;
    }
}
