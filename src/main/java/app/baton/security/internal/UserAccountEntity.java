package app.baton.security.internal;

import app.baton.security.Emails;
import app.baton.shared.TextLimits;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A person's global account: one e-mail, one password, any number of memberships. Not tenant-owned. */
@Entity
@Table(name = "user_account")
public class UserAccountEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true, length = Emails.MAX)
    private String email;

    @Column(name = "display_name", nullable = false, length = TextLimits.NAME)
    private String displayName;

    @Column(name = "language_tag", nullable = false, length = 16)
    private String languageTag;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    /** When the password was last reset: sessions that began before it are ended. */
    @Column(name = "credentials_changed_at")
    private @Nullable Instant credentialsChangedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccountEntity() {
        this.email = "";
        this.displayName = "";
        this.languageTag = "";
        this.passwordHash = "";
        this.createdAt = Instant.EPOCH;
    }

    public UserAccountEntity(String email, String displayName, String languageTag, String passwordHash, Instant now) {
        this.email = email;
        this.displayName = displayName;
        this.languageTag = languageTag;
        this.passwordHash = passwordHash;
        this.createdAt = now;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String languageTag() {
        return languageTag;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public @Nullable Instant lockedUntil() {
        return lockedUntil;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void lockUntil(Instant until) {
        this.lockedUntil = until;
    }

    /** A reset: the new password, and every session that began before now is ended on its next request. */
    public void resetPassword(String newHash, Instant at) {
        changePassword(newHash);
        this.credentialsChangedAt = at;
        this.lockedUntil = null;
    }

    public @Nullable Instant credentialsChangedAt() {
        return credentialsChangedAt;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    public void changeProfile(String newDisplayName, String newLanguageTag) {
        this.displayName = newDisplayName;
        this.languageTag = newLanguageTag;
    }
}
