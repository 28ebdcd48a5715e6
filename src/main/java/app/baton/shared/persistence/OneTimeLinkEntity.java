package app.baton.shared.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A link mailed to someone that works once, until it expires: only the SHA-256 of its secret is kept. Password resets
 * and sign-ups share it.
 */
@MappedSuperclass
public abstract class OneTimeLinkEntity {

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash = "";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt = Instant.EPOCH;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    protected OneTimeLinkEntity() {}

    protected OneTimeLinkEntity(String tokenHash, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Not used yet and not expired. */
    public boolean isOpenAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant at) {
        this.usedAt = at;
    }
}
