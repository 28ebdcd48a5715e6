package app.baton.security.internal;

import app.baton.security.Emails;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One sign-in attempt, kept for the per-account lock and for investigation. Not tenant-owned: an attempt
 * happens before a company is chosen, and may name an e-mail that has no account.
 */
@Entity
@Table(name = "login_attempt")
public class LoginAttemptEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = Emails.MAX)
    private String email;

    @Column(name = "user_id")
    private @Nullable Long userId;

    @Column(nullable = false)
    private boolean success;

    @Column(name = "remote_address", length = 64)
    private @Nullable String remoteAddress;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected LoginAttemptEntity() {
        this.email = "";
        this.occurredAt = Instant.EPOCH;
    }

    public LoginAttemptEntity(
            String email, @Nullable Long userId, boolean success, @Nullable String remoteAddress, Instant occurredAt) {
        this.email = email;
        this.userId = userId;
        this.success = success;
        this.remoteAddress = remoteAddress;
        this.occurredAt = occurredAt;
    }
}
