package app.baton.notifications.internal;

import app.baton.shared.tenant.TenantRestriction;
import app.baton.shared.tenant.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/**
 * A company's LINE Official Account (one per company): the channel ID, the secret and access token sealed by {@link
 * app.baton.shared.secrets.SecretBox}, the key of its webhook address, its name and basic ID, the plan's monthly
 * message quota (null: none), and when LINE last refused the token.
 */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "line_channel")
public class LineChannelEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "channel_id", nullable = false, length = 32)
    private String channelId = "";

    @Column(name = "secret_enc", nullable = false, length = 500)
    private String secretSealed = "";

    @Column(name = "token_enc", nullable = false, length = 2000)
    private String tokenSealed = "";

    @Column(name = "webhook_key", nullable = false, length = 40, updatable = false)
    private String webhookKey = "";

    @Column(name = "basic_id", nullable = false, length = 40)
    private String basicId = "";

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName = "";

    @Column(name = "plan_quota")
    private @Nullable Long planQuota;

    @Column(name = "quota_checked_at")
    private @Nullable Instant quotaCheckedAt;

    @Column(name = "rejected_at")
    private @Nullable Instant rejectedAt;

    @Column(name = "saved_by_user_id", nullable = false)
    private long savedByUserId;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt = Instant.EPOCH;

    protected LineChannelEntity() {}

    public LineChannelEntity(String webhookKey) {
        this.webhookKey = webhookKey;
    }

    /** Sets what a founder entered and what LINE said of it; a new token clears an earlier refusal. */
    public void save(
            String channelId,
            String secretSealed,
            String tokenSealed,
            String basicId,
            String displayName,
            long by,
            Instant at) {
        this.channelId = channelId;
        this.secretSealed = secretSealed;
        this.tokenSealed = tokenSealed;
        this.basicId = basicId;
        this.displayName = displayName;
        this.savedByUserId = by;
        this.savedAt = at;
        this.rejectedAt = null;
    }

    /** LINE refused the token: nothing goes out until a founder enters a new one. */
    public void rejected(Instant at) {
        if (rejectedAt == null) {
            rejectedAt = at;
        }
    }

    public void quota(@Nullable Long planQuota, Instant at) {
        this.planQuota = planQuota;
        this.quotaCheckedAt = at;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public String channelId() {
        return channelId;
    }

    public String secretSealed() {
        return secretSealed;
    }

    public String tokenSealed() {
        return tokenSealed;
    }

    public String webhookKey() {
        return webhookKey;
    }

    public String basicId() {
        return basicId;
    }

    public String displayName() {
        return displayName;
    }

    public @Nullable Long planQuota() {
        return planQuota;
    }

    public @Nullable Instant quotaCheckedAt() {
        return quotaCheckedAt;
    }

    public @Nullable Instant rejectedAt() {
        return rejectedAt;
    }

    public long savedByUserId() {
        return savedByUserId;
    }

    public Instant savedAt() {
        return savedAt;
    }
}
