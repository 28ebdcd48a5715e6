package app.baton.security.internal;

import app.baton.shared.persistence.OneTimeLinkEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A forgotten-password link for one account: single use, valid for a short time. Global, like accounts. */
@Entity
@Table(name = "password_reset")
public class PasswordResetEntity extends OneTimeLinkEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    protected PasswordResetEntity() {}

    public PasswordResetEntity(long userId, String tokenHash, Instant createdAt, Instant expiresAt) {
        super(tokenHash, createdAt, expiresAt);
        this.userId = userId;
    }

    public long userId() {
        return userId;
    }
}
