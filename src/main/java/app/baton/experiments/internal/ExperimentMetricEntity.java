package app.baton.experiments.internal;

import app.baton.experiments.Direction;
import app.baton.experiments.Metric;
import app.baton.experiments.MetricKind;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A pre-registered success metric of an experiment; only the actual value changes after approval. */
@Entity
@SQLRestriction(TenantRestriction.CONDITION)
@Table(name = "experiment_metric")
public class ExperimentMetricEntity extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "experiment_id", nullable = false, updatable = false)
    private @Nullable ExperimentEntity experiment;

    @Column(nullable = false, updatable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16, updatable = false)
    private MetricKind kind = MetricKind.CUSTOM;

    @Column(name = "custom_name", length = 60, updatable = false)
    private @Nullable String customName;

    @Column(length = 20, updatable = false)
    private @Nullable String unit;

    @Column(nullable = false, precision = 19, scale = 6, updatable = false)
    private BigDecimal baseline = BigDecimal.ZERO;

    @Column(nullable = false, precision = 19, scale = 6, updatable = false)
    private BigDecimal target = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 8, updatable = false)
    private Direction direction = Direction.HIGHER;

    @Column(name = "actual_value", precision = 19, scale = 6)
    private @Nullable BigDecimal actual;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 16)
    private app.baton.experiments.@Nullable MetricSource source;

    protected ExperimentMetricEntity() {}

    ExperimentMetricEntity(ExperimentEntity experiment, int position, Metric metric) {
        this.experiment = experiment;
        this.position = position;
        this.kind = metric.kind();
        this.customName = metric.kind() == MetricKind.CUSTOM ? metric.customName() : null;
        this.unit = metric.unit();
        this.baseline = metric.baseline();
        this.target = metric.target();
        this.direction = metric.direction();
    }

    public int position() {
        return position;
    }

    public Metric metric() {
        return new Metric(kind, customName, unit, baseline, target, direction, actual, false);
    }

    void recordActual(@Nullable BigDecimal value) {
        this.actual = value;
    }

    void recordSource(app.baton.experiments.@Nullable MetricSource value) {
        this.source = value;
    }

    public app.baton.experiments.@Nullable MetricSource source() {
        return source;
    }
}
