package app.baton.experiments.internal;

import app.baton.shared.TextLimits;
import app.baton.shared.tenant.TenantRestriction;
import app.baton.shared.tenant.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/**
 * One line of an experiment's history: a state change, a founder's approval, a comment or decision, with who and
 * when. Never changed once written.
 */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "experiment_event")
public class ExperimentEventEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "experiment_id", nullable = false, updatable = false)
    private @Nullable ExperimentEntity experiment;

    @Column(nullable = false, length = 32, updatable = false)
    private String action = "";

    @Column(name = "user_id", updatable = false)
    private @Nullable Long userId;

    @Column(length = TextLimits.TEXT, updatable = false)
    private @Nullable String comment;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt = Instant.EPOCH;

    protected ExperimentEventEntity() {}

    ExperimentEventEntity(
            ExperimentEntity experiment, String action, @Nullable Long userId, @Nullable String comment, Instant at) {
        this.experiment = experiment;
        Long tenant = experiment.getTenantId();
        if (tenant != null) {
            // the scheduler writes in system scope: the line belongs to the experiment's company
            assignTenant(tenant);
        }
        this.action = action;
        this.userId = userId;
        this.comment = comment;
        this.occurredAt = at;
    }

    public String action() {
        return action;
    }

    public @Nullable Long userId() {
        return userId;
    }

    public @Nullable String comment() {
        return comment;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
