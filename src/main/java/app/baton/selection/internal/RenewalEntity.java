package app.baton.selection.internal;

import app.baton.selection.RenewalChoice;
import app.baton.shared.TextLimits;
import app.baton.shared.tenant.TenantRestriction;
import app.baton.shared.tenant.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/** The founder's renewal decision for an engagement and the end of term it was taken on; written once. */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "engagement_renewal")
public class RenewalEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "engagement_id", nullable = false, updatable = false)
    private long engagementId;

    @Column(name = "term_end", nullable = false, updatable = false)
    private LocalDate termEnd = LocalDate.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private RenewalChoice choice = RenewalChoice.END;

    @Column(nullable = false, length = TextLimits.TEXT, updatable = false)
    private String note = "";

    @Column(name = "round_id", updatable = false)
    private @Nullable Long roundId;

    @Column(name = "terms_number", updatable = false)
    private @Nullable Integer termsNumber;

    @Column(name = "decided_by_user_id", nullable = false, updatable = false)
    private long decidedByUserId;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt = Instant.EPOCH;

    protected RenewalEntity() {}

    public RenewalEntity(
            long engagementId,
            LocalDate termEnd,
            RenewalChoice choice,
            String note,
            @Nullable Long roundId,
            @Nullable Integer termsNumber,
            long decidedByUserId,
            Instant decidedAt) {
        this.engagementId = engagementId;
        this.termEnd = termEnd;
        this.choice = choice;
        this.note = note;
        this.roundId = roundId;
        this.termsNumber = termsNumber;
        this.decidedByUserId = decidedByUserId;
        this.decidedAt = decidedAt;
    }

    public long engagementId() {
        return engagementId;
    }

    public LocalDate termEnd() {
        return termEnd;
    }

    public RenewalChoice choice() {
        return choice;
    }

    public String note() {
        return note;
    }

    public @Nullable Long roundId() {
        return roundId;
    }

    public @Nullable Integer termsNumber() {
        return termsNumber;
    }

    public long decidedByUserId() {
        return decidedByUserId;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
