package app.baton.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.shared.DomainException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricTest {

    static Metric cr(String baseline, String target) {
        return new Metric(MetricKind.CR, null, null, bd(baseline), bd(target), Direction.HIGHER, null, false);
    }

    static Metric cac(String baseline, String target) {
        return new Metric(MetricKind.CAC, null, null, bd(baseline), bd(target), Direction.LOWER, null, false);
    }

    @Test
    void one_to_five_distinct_metrics_each_aiming_better_than_its_baseline() {
        Metric.validate(List.of(cr("0.02", "0.03"), cac("1500", "1200")));
        assertRefused(List.of(), "experiment.metrics.required");
        assertRefused(List.of(cr("0.02", "0.03"), cr("0.01", "0.02")), "experiment.metrics.duplicate");
        assertRefused(List.of(cr("0.02", "0.02")), "experiment.metrics.targetEqualsBaseline");
        assertRefused(List.of(cac("1500", "1800")), "experiment.metrics.targetNotBetter");
        Metric custom = new Metric(MetricKind.CUSTOM, " ", "人", bd("10"), bd("20"), Direction.HIGHER, null, false);
        assertRefused(List.of(custom), "experiment.metrics.customName");
        Metric friends =
                new Metric(MetricKind.CUSTOM, "LINE 好友", "人", bd("10"), bd("20"), Direction.HIGHER, null, false);
        Metric sameName =
                new Metric(MetricKind.CUSTOM, "line 好友 ", "人", bd("5"), bd("9"), Direction.HIGHER, null, false);
        assertRefused(List.of(friends, sameName), "experiment.metrics.duplicate");
        assertRefused(
                List.of(cr("1", "2"), cac("5", "4"), friends, cr("0", "1").withActual(null), cac("9", "8")),
                "experiment.metrics.duplicate");
    }

    @Test
    void at_most_five_metrics() {
        List<Metric> six = List.of(
                cr("1", "2"),
                cac("5", "4"),
                new Metric(MetricKind.ROAS, null, null, bd("2"), bd("3"), Direction.HIGHER, null, false),
                new Metric(MetricKind.CTR, null, null, bd("0.01"), bd("0.02"), Direction.HIGHER, null, false),
                new Metric(MetricKind.CPC, null, null, bd("20"), bd("15"), Direction.LOWER, null, false),
                new Metric(MetricKind.CPA, null, null, bd("500"), bd("400"), Direction.LOWER, null, false));
        assertRefused(six, "experiment.metrics.tooMany");
    }

    @Test
    void each_metric_is_met_not_met_or_without_data_in_its_direction() {
        assertThat(cr("0.02", "0.03").withActual(bd("0.031")).outcome()).isEqualTo(Metric.Outcome.MET);
        assertThat(cr("0.02", "0.03").withActual(bd("0.03")).outcome()).isEqualTo(Metric.Outcome.MET);
        assertThat(cr("0.02", "0.03").withActual(bd("0.025")).outcome()).isEqualTo(Metric.Outcome.NOT_MET);
        assertThat(cac("1500", "1200").withActual(bd("1100")).outcome()).isEqualTo(Metric.Outcome.MET);
        assertThat(cac("1500", "1200").withActual(bd("1300")).outcome()).isEqualTo(Metric.Outcome.NOT_MET);
        assertThat(cac("1500", "1200").outcome()).isEqualTo(Metric.Outcome.NO_DATA);
    }

    @Test
    void the_verdict_follows_the_pre_registered_metrics() {
        Metric crMet = cr("0.02", "0.03").withActual(bd("0.04"));
        Metric cacMet = cac("1500", "1200").withActual(bd("1000"));
        Metric cacMissed = cac("1500", "1200").withActual(bd("1600"));
        assertThat(Metric.suggestion(List.of(crMet, cacMet))).isEqualTo(Conclusion.SCALE_UP);
        assertThat(Metric.suggestion(List.of(crMet, cacMissed))).isEqualTo(Conclusion.EXTEND);
        assertThat(Metric.suggestion(List.of(cr("0.02", "0.03").withActual(bd("0.01")), cacMissed)))
                .isEqualTo(Conclusion.STOP);
        assertThat(Metric.suggestion(List.of(cr("0.02", "0.03")))).isNull();
    }

    @Test
    void an_actual_value_is_computed_from_raw_figures_with_the_kpi_formulas() {
        assertThat(MetricKind.CAC.compute(bd("60000"), bd("40"))).isEqualByComparingTo("1500");
        assertThat(MetricKind.CR.compute(bd("90"), bd("3000"))).isEqualByComparingTo("0.03");
        assertThat(MetricKind.CAC.compute(bd("60000"), BigDecimal.ZERO)).isNull();
        assertThat(MetricKind.CUSTOM.computable()).isFalse();
        assertThat(MetricKind.ROAS.firstFigure()).isEqualTo("conversionValue");
    }

    private static void assertRefused(List<Metric> metrics, String key) {
        assertThatThrownBy(() -> Metric.validate(metrics))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(key);
    }

    static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
