package app.baton.selection.internal;

import app.baton.selection.RoundState;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.annotations.SQLRestriction;
import org.jspecify.annotations.Nullable;

/** A selection round: the need, its channels and term, the deadline for proposals, and how it ended. */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "selection_round")
public class RoundEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = TextLimits.NAME)
    private String title = "";

    @Column(nullable = false, length = TextLimits.TEXT)
    private String need = "";

    @Column(name = "channel_ids", nullable = false, length = 500)
    private String channelIds = "";

    @Column(name = "term_start", nullable = false)
    private LocalDate termStart = LocalDate.EPOCH;

    @Column(name = "term_end", nullable = false)
    private LocalDate termEnd = LocalDate.EPOCH;

    @Column(nullable = false)
    private LocalDate deadline = LocalDate.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RoundState state = RoundState.OPEN;

    @Column(name = "chosen_candidate_id")
    private @Nullable Long chosenCandidateId;

    @Column(name = "engagement_id")
    private @Nullable Long engagementId;

    @Column(name = "created_by_user_id", nullable = false, updatable = false)
    private long createdByUserId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected RoundEntity() {}

    public RoundEntity(
            String title,
            String need,
            List<Long> channelIds,
            LocalDate termStart,
            LocalDate termEnd,
            LocalDate deadline,
            long createdByUserId,
            Instant createdAt) {
        this.title = title;
        this.need = need;
        this.channelIds = join(channelIds);
        this.termStart = termStart;
        this.termEnd = termEnd;
        this.deadline = deadline;
        this.createdByUserId = createdByUserId;
        this.createdAt = createdAt;
    }

    /** The round ends in an engagement with this candidate's proposal. */
    public void choose(long candidateId, long engagementId, Instant at) {
        this.state = RoundState.DECIDED;
        this.chosenCandidateId = candidateId;
        this.engagementId = engagementId;
        this.decidedAt = at;
    }

    static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static List<Long> split(String ids) {
        return ids.isBlank()
                ? List.of()
                : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    }

    public long id() {
        return java.util.Objects.requireNonNull(id, "not saved yet");
    }

    public String title() {
        return title;
    }

    public String need() {
        return need;
    }

    public List<Long> channelIds() {
        return split(channelIds);
    }

    public LocalDate termStart() {
        return termStart;
    }

    public LocalDate termEnd() {
        return termEnd;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public RoundState state() {
        return state;
    }

    public @Nullable Long chosenCandidateId() {
        return chosenCandidateId;
    }

    public @Nullable Long engagementId() {
        return engagementId;
    }

    public long createdByUserId() {
        return createdByUserId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant decidedAt() {
        return decidedAt;
    }

    public long version() {
        return version;
    }
}
