package app.baton.selection.internal;

import app.baton.reports.EngagementKpi;
import app.baton.shared.TextLimits;
import app.baton.shared.tenant.TenantRestriction;
import app.baton.shared.tenant.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/**
 * A candidate's proposal: written by the agency, replaced when it proposes again before the deadline. The committed
 * targets are whole-term KPI targets ({@code ROAS=3.5,CPA=200}).
 */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "selection_proposal")
public class ProposalEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "candidate_id", nullable = false, updatable = false)
    private long candidateId;

    @Column(nullable = false, length = TextLimits.LONG_TEXT)
    private String plan = "";

    @Column(name = "channel_ids", nullable = false, length = 500)
    private String channelIds = "";

    @Column(nullable = false, length = TextLimits.TEXT)
    private String deliverables = "";

    @Column(name = "monthly_fee", nullable = false, precision = 19, scale = 4)
    private BigDecimal monthlyFee = BigDecimal.ZERO;

    @Column(name = "media_budget", nullable = false, precision = 19, scale = 4)
    private BigDecimal mediaBudget = BigDecimal.ZERO;

    @Column(name = "setup_fee", nullable = false, precision = 19, scale = 4)
    private BigDecimal setupFee = BigDecimal.ZERO;

    @Column(name = "committed_targets", nullable = false, length = 500)
    private String committedTargets = "";

    @Column(name = "client_references", nullable = false, length = TextLimits.TEXT)
    private String references = "";

    @Column(name = "sample_report", nullable = false, length = TextLimits.TEXT)
    private String sampleReport = "";

    @Column(name = "submitted_by_user_id", nullable = false)
    private long submittedByUserId;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt = Instant.EPOCH;

    @Version
    @Column(nullable = false)
    private long version;

    protected ProposalEntity() {}

    public ProposalEntity(long candidateId) {
        this.candidateId = candidateId;
    }

    /** Writes (or rewrites) the proposal. */
    public void write(
            String plan,
            List<Long> channelIds,
            String deliverables,
            BigDecimal monthlyFee,
            BigDecimal mediaBudget,
            BigDecimal setupFee,
            Map<EngagementKpi, BigDecimal> targets,
            String references,
            String sampleReport,
            long by,
            Instant at) {
        this.plan = plan;
        this.channelIds = RoundEntity.join(channelIds);
        this.deliverables = deliverables;
        this.monthlyFee = monthlyFee;
        this.mediaBudget = mediaBudget;
        this.setupFee = setupFee;
        this.committedTargets = targets.entrySet().stream()
                .map(e -> e.getKey().name() + "="
                        + e.getValue().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(","));
        this.references = references;
        this.sampleReport = sampleReport;
        this.submittedByUserId = by;
        this.submittedAt = at;
    }

    public long id() {
        return java.util.Objects.requireNonNull(id, "not saved yet");
    }

    public long candidateId() {
        return candidateId;
    }

    public String plan() {
        return plan;
    }

    public List<Long> channelIds() {
        return RoundEntity.split(channelIds);
    }

    public String deliverables() {
        return deliverables;
    }

    public BigDecimal monthlyFee() {
        return monthlyFee;
    }

    public BigDecimal mediaBudget() {
        return mediaBudget;
    }

    public BigDecimal setupFee() {
        return setupFee;
    }

    /** The committed targets in KPI order. */
    public Map<EngagementKpi, BigDecimal> targets() {
        Map<EngagementKpi, BigDecimal> targets = new EnumMap<>(EngagementKpi.class);
        if (!committedTargets.isBlank()) {
            for (String pair : committedTargets.split(",")) {
                int eq = pair.indexOf('=');
                targets.put(EngagementKpi.valueOf(pair.substring(0, eq)), new BigDecimal(pair.substring(eq + 1)));
            }
        }
        return targets;
    }

    public String references() {
        return references;
    }

    public String sampleReport() {
        return sampleReport;
    }

    public long submittedByUserId() {
        return submittedByUserId;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
