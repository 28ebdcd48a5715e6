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
import java.time.LocalDate;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/**
 * One person of a company linked to their LINE user of the company's Official Account. The LINE user ID is the only
 * thing Baton keeps of their LINE (personal data: never logged, deleted on unlinking).
 */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "line_link")
public class LineLinkEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "line_user_id", nullable = false, length = 64, updatable = false)
    private String lineUserId = "";

    @Column(name = "linked_at", nullable = false, updatable = false)
    private Instant linkedAt = Instant.EPOCH;

    @Column(name = "last_digest_on")
    private @Nullable LocalDate lastDigestOn;

    protected LineLinkEntity() {}

    public LineLinkEntity(long tenantId, long userId, String lineUserId, Instant at) {
        assignTenant(tenantId);
        this.userId = userId;
        this.lineUserId = lineUserId;
        this.linkedAt = at;
    }

    public long userId() {
        return userId;
    }

    public String lineUserId() {
        return lineUserId;
    }

    public Instant linkedAt() {
        return linkedAt;
    }
}
