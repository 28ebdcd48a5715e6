package app.baton.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.approvals.TrustPolicy.Concluded;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustPolicyTest {

    static final TrustRule RULE = new TrustRule(
            true,
            3,
            new BigDecimal("66.67"),
            new BigDecimal("50"),
            new BigDecimal("100000"),
            BigDecimal.ZERO,
            BigDecimal.ZERO);
    static final Instant T0 = Instant.parse("2027-01-10T02:00:00Z");

    @Test
    void three_concluded_with_two_of_three_meeting_every_target_and_no_override_raise_by_half() {
        List<Concluded> record = List.of(met(1, 1), met(2, 2), missed(3, 3));
        assertThat(TrustPolicy.progress(RULE, record).qualifies()).isTrue();
        assertThat(TrustPolicy.raise(RULE, bd(20_000), bd(40_000), record, 0)).hasValueSatisfying(r -> {
            assertThat(r.perRequest()).isEqualByComparingTo("30000");
            assertThat(r.monthly()).isEqualByComparingTo("60000");
        });
    }

    @Test
    void two_experiments_are_not_enough_and_say_how_many_are_left() {
        List<Concluded> record = List.of(met(1, 1), met(2, 2));
        TrustPolicy.Progress progress = TrustPolicy.progress(RULE, record);
        assertThat(progress.qualifies()).isFalse();
        assertThat(progress.stillToConclude()).isEqualTo(1);
        assertThat(TrustPolicy.raise(RULE, bd(20_000), bd(40_000), record, 0)).isEmpty();
    }

    @Test
    void one_of_three_meeting_its_targets_or_any_override_does_not_qualify() {
        assertThat(TrustPolicy.progress(RULE, List.of(met(1, 1), missed(2, 2), missed(3, 3)))
                        .qualifies())
                .isFalse();
        List<Concluded> overridden = List.of(met(1, 1), met(2, 2), new Concluded(3, T0.plusSeconds(3), true, true));
        assertThat(TrustPolicy.progress(RULE, overridden).overridden()).isEqualTo(1);
        assertThat(TrustPolicy.progress(RULE, overridden).qualifies()).isFalse();
    }

    @Test
    void an_inactive_rule_raises_nothing() {
        TrustRule off = new TrustRule(
                false, 3, RULE.metSharePct(), RULE.raisePct(), RULE.ceiling(), BigDecimal.ZERO, BigDecimal.ZERO);
        assertThat(TrustPolicy.raise(off, bd(20_000), bd(40_000), List.of(met(1, 1), met(2, 2), met(3, 3)), 0))
                .isEmpty();
    }

    @Test
    void the_raise_stops_at_the_ceiling_and_a_limit_of_zero_does_not_grow() {
        List<Concluded> record = List.of(met(1, 1), met(2, 2), met(3, 3));
        assertThat(TrustPolicy.raise(RULE, bd(80_000), bd(80_000), record, 0)).hasValueSatisfying(r -> {
            assertThat(r.perRequest()).isEqualByComparingTo("100000");
            assertThat(r.monthly()).isEqualByComparingTo("100000");
        });
        assertThat(TrustPolicy.raise(RULE, bd(100_000), bd(100_000), record, 0)).isEmpty();
        assertThat(TrustPolicy.raise(RULE, BigDecimal.ZERO, BigDecimal.ZERO, record, 0))
                .isEmpty();
    }

    @Test
    void only_experiments_concluded_after_the_last_change_count() {
        List<Concluded> all = List.of(met(1, 1), met(2, 2), met(3, 3), met(4, 10));
        assertThat(TrustPolicy.since(all, T0.plusSeconds(5)))
                .extracting(Concluded::experimentId)
                .containsExactly(4L);
        assertThat(TrustPolicy.since(all, null)).hasSize(4);
    }

    private static Concluded met(long id, long second) {
        return new Concluded(id, T0.plusSeconds(second), true, false);
    }

    private static Concluded missed(long id, long second) {
        return new Concluded(id, T0.plusSeconds(second), false, false);
    }

    private static BigDecimal bd(long value) {
        return BigDecimal.valueOf(value);
    }
}
