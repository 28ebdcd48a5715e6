package app.baton.selection.internal;

import app.baton.shared.TextLimits;
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

/** One person's scores of one candidate on the five criteria (1–5) with a note; scoring again replaces them. */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "selection_score")
public class ScoreEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "candidate_id", nullable = false, updatable = false)
    private long candidateId;

    @Column(name = "scorer_user_id", nullable = false, updatable = false)
    private long scorerUserId;

    @Column(nullable = false)
    private int expertise;

    @Column(name = "past_performance", nullable = false)
    private int pastPerformance;

    @Column(nullable = false)
    private int communication;

    @Column(nullable = false)
    private int flexibility;

    @Column(nullable = false)
    private int transparency;

    @Column(nullable = false, length = TextLimits.TEXT)
    private String note = "";

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt = Instant.EPOCH;

    protected ScoreEntity() {}

    public ScoreEntity(long candidateId, long scorerUserId) {
        this.candidateId = candidateId;
        this.scorerUserId = scorerUserId;
    }

    public void score(
            int expertise,
            int pastPerformance,
            int communication,
            int flexibility,
            int transparency,
            String note,
            Instant at) {
        this.expertise = expertise;
        this.pastPerformance = pastPerformance;
        this.communication = communication;
        this.flexibility = flexibility;
        this.transparency = transparency;
        this.note = note;
        this.scoredAt = at;
    }

    public long candidateId() {
        return candidateId;
    }

    public long scorerUserId() {
        return scorerUserId;
    }

    public int expertise() {
        return expertise;
    }

    public int pastPerformance() {
        return pastPerformance;
    }

    public int communication() {
        return communication;
    }

    public int flexibility() {
        return flexibility;
    }

    public int transparency() {
        return transparency;
    }

    public String note() {
        return note;
    }

    public Instant scoredAt() {
        return scoredAt;
    }
}
