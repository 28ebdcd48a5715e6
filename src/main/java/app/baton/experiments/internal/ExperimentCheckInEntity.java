package app.baton.experiments.internal;

import app.baton.experiments.CheckInProposal;
import app.baton.shared.TextLimits;
import app.baton.shared.tenant.TenantRestriction;
import app.baton.shared.tenant.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** One check-in on a running experiment, written once and never changed. */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "experiment_check_in")
public class ExperimentCheckInEntity extends TenantScopedEntity {

    private static final String SEPARATOR = ";";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "experiment_id", nullable = false, updatable = false)
    private @Nullable ExperimentEntity experiment;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate due = LocalDate.EPOCH;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt = Instant.EPOCH;

    @Column(name = "submitted_by_user_id", nullable = false, updatable = false)
    private long submittedByUserId;

    @Column(name = "spend_to_date", nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal spendToDate = BigDecimal.ZERO;

    @Column(name = "metric_values", nullable = false, length = 500, updatable = false)
    private String metricValues = "";

    @Column(nullable = false, length = TextLimits.TEXT, updatable = false)
    private String note = "";

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16, updatable = false)
    private CheckInProposal proposal = CheckInProposal.CONTINUE;

    @Column(name = "change_text", length = TextLimits.TEXT, updatable = false)
    private @Nullable String change;

    @Column(precision = 19, scale = 4, updatable = false)
    private @Nullable BigDecimal amount;

    @Column(name = "request_id", updatable = false)
    private @Nullable Long requestId;

    protected ExperimentCheckInEntity() {}

    ExperimentCheckInEntity(
            ExperimentEntity experiment,
            int number,
            LocalDate due,
            long byUserId,
            Instant at,
            BigDecimal spendToDate,
            List<@Nullable BigDecimal> metrics,
            String note,
            CheckInProposal proposal,
            @Nullable String change,
            @Nullable BigDecimal amount,
            @Nullable Long requestId) {
        this.experiment = experiment;
        this.number = number;
        this.due = due;
        this.submittedByUserId = byUserId;
        this.submittedAt = at;
        this.spendToDate = spendToDate;
        this.metricValues = String.join(
                SEPARATOR,
                metrics.stream()
                        .map(v -> v == null ? "" : v.stripTrailingZeros().toPlainString())
                        .toList());
        this.note = note;
        this.proposal = proposal;
        this.change = change;
        this.amount = amount;
        this.requestId = requestId;
    }

    public int number() {
        return number;
    }

    public LocalDate due() {
        return due;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public long submittedByUserId() {
        return submittedByUserId;
    }

    public BigDecimal spendToDate() {
        return spendToDate;
    }

    /** The metrics so far, in the metrics' order ({@code null} where not measured). */
    public List<@Nullable BigDecimal> metrics() {
        List<@Nullable BigDecimal> values = new ArrayList<>();
        for (String part : metricValues.split(SEPARATOR, -1)) {
            values.add(part.isEmpty() ? null : new BigDecimal(part));
        }
        return values;
    }

    public String note() {
        return note;
    }

    public CheckInProposal proposal() {
        return proposal;
    }

    public @Nullable String change() {
        return change;
    }

    public @Nullable BigDecimal amount() {
        return amount;
    }

    /** The budget request an "add budget" check-in opened. */
    public @Nullable Long requestId() {
        return requestId;
    }
}
