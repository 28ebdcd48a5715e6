package app.baton.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.approvals.GuardrailRule;
import app.baton.approvals.Violation;
import app.baton.budgets.BudgetSheet.GuardrailStatus;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BudgetSheetTest {

    static final long ADS = 1;
    static final long LINE = 2;
    static final long GENERAL = 3;

    /** 1,000,000 a year: foundation 800,000 (ADS), experiment 120,000 (LINE), reserve 80,000. */
    final BudgetSheet sheet = sheet(Map.of());

    @Test
    void tiers_are_the_sum_of_their_channels_and_channels_of_their_months() {
        assertThat(sheet.total()).isEqualByComparingTo("1000000");
        assertThat(sheet.tierTotal(Tier.FOUNDATION)).isEqualByComparingTo("800000");
        assertThat(sheet.channelTotal(Tier.EXPERIMENT, LINE)).isEqualByComparingTo("120000");
        assertThat(sheet.planned(new Cell(Tier.EXPERIMENT, LINE, 3))).isEqualByComparingTo("10000");
        BigDecimal months = BigDecimal.ZERO;
        for (int m = 0; m < 12; m++) {
            months = months.add(sheet.planned(new Cell(Tier.FOUNDATION, ADS, m)));
        }
        assertThat(months).isEqualByComparingTo(sheet.channelTotal(Tier.FOUNDATION, ADS));
    }

    @Test
    void shares_and_guardrail_status() {
        Guardrails rules = Guardrails.defaults();
        assertThat(sheet.share(Tier.EXPERIMENT)).isEqualByComparingTo("12.00");
        assertThat(sheet.status(Tier.EXPERIMENT, rules)).isEqualTo(GuardrailStatus.OK);
        BudgetSheet near =
                sheet.apply(List.of(delta(Tier.FOUNDATION, ADS, 0, -15_000), delta(Tier.EXPERIMENT, LINE, 0, 15_000)));
        assertThat(near.share(Tier.EXPERIMENT)).isEqualByComparingTo("13.50");
        assertThat(near.status(Tier.EXPERIMENT, rules)).isEqualTo(GuardrailStatus.NEAR);
        BudgetSheet over =
                sheet.apply(List.of(delta(Tier.FOUNDATION, ADS, 0, -40_000), delta(Tier.EXPERIMENT, LINE, 0, 40_000)));
        assertThat(over.status(Tier.EXPERIMENT, rules)).isEqualTo(GuardrailStatus.OVER);
        assertThat(sheet.status(Tier.RESERVE, rules)).isEqualTo(GuardrailStatus.OK);
    }

    @Test
    void a_move_keeps_the_total_and_an_increase_grows_it() {
        assertThat(sheet.apply(List.of(delta(Tier.FOUNDATION, ADS, 2, -5_000), delta(Tier.EXPERIMENT, LINE, 2, 5_000)))
                        .total())
                .isEqualByComparingTo("1000000");
        assertThat(sheet.apply(List.of(delta(Tier.FOUNDATION, ADS, 2, 5_000))).total())
                .isEqualByComparingTo("1005000");
    }

    @Test
    void raising_the_experiment_tier_past_its_cap_is_a_violation() {
        List<Violation> violations = sheet.check(
                List.of(delta(Tier.FOUNDATION, ADS, 0, -40_000), delta(Tier.EXPERIMENT, LINE, 0, 40_000)),
                Guardrails.defaults());
        assertThat(violations).extracting(Violation::rule).containsExactly(GuardrailRule.EXPERIMENT_CAP);
        assertThat(violations.get(0).value()).isEqualByComparingTo("16.00");
    }

    @Test
    void an_old_breach_is_not_blamed_on_a_change_that_does_not_worsen_it() {
        BudgetSheet alreadyOver =
                sheet.apply(List.of(delta(Tier.FOUNDATION, ADS, 0, -50_000), delta(Tier.EXPERIMENT, LINE, 0, 50_000)));
        assertThat(alreadyOver.check(
                        List.of(delta(Tier.EXPERIMENT, LINE, 5, -1_000), delta(Tier.FOUNDATION, ADS, 5, 1_000)),
                        Guardrails.defaults()))
                .isEmpty();
    }

    @Test
    void drawing_the_reserve_under_its_minimum_is_a_violation() {
        List<Violation> violations = sheet.check(
                List.of(
                        delta(Tier.RESERVE, GENERAL, 0, -6_667),
                        delta(Tier.RESERVE, GENERAL, 1, -6_666),
                        delta(Tier.RESERVE, GENERAL, 2, -6_667),
                        delta(Tier.RESERVE, GENERAL, 3, -20_000),
                        delta(Tier.FOUNDATION, ADS, 0, 40_000)),
                Guardrails.defaults());
        assertThat(violations).extracting(Violation::rule).contains(GuardrailRule.MIN_RESERVE);
    }

    @Test
    void a_month_below_zero_is_never_allowed() {
        List<Violation> violations = sheet.check(
                List.of(delta(Tier.RESERVE, GENERAL, 0, -7_000), delta(Tier.FOUNDATION, ADS, 0, 7_000)),
                Guardrails.defaults());
        assertThat(violations).extracting(Violation::rule).containsExactly(GuardrailRule.BELOW_ZERO);
        assertThat(violations.get(0).overridable()).isFalse();
    }

    @Test
    void a_month_or_channel_below_what_is_already_spent_is_a_violation() {
        BudgetSheet spent = sheet(Map.of(new Cell(Tier.FOUNDATION, ADS, 0), new BigDecimal("60000")));
        List<Violation> violations = spent.check(
                List.of(delta(Tier.FOUNDATION, ADS, 0, -10_000), delta(Tier.EXPERIMENT, LINE, 0, 10_000)),
                Guardrails.defaults());
        assertThat(violations).extracting(Violation::rule).containsExactly(GuardrailRule.BELOW_SPENT);
        assertThat(violations.get(0).limit()).isEqualByComparingTo("60000");
        assertThat(violations.get(0).overridable()).isTrue();
    }

    @Test
    void one_experiment_above_the_maximum_is_a_violation() {
        Guardrails rules = new Guardrails(
                new BigDecimal("15"),
                new BigDecimal("50000"),
                new BigDecimal("5"),
                BigDecimal.ZERO,
                app.baton.approvals.MultiFounderPolicy.ANY_FOUNDER,
                BigDecimal.ZERO,
                false);
        assertThat(BudgetSheet.checkExperiment(new BigDecimal("50000"), rules)).isEmpty();
        assertThat(BudgetSheet.checkExperiment(new BigDecimal("50001"), rules))
                .extracting(Violation::rule)
                .containsExactly(GuardrailRule.PER_EXPERIMENT_MAX);
        assertThat(BudgetSheet.checkExperiment(new BigDecimal("9999999"), Guardrails.defaults()))
                .isEmpty();
    }

    private static Delta delta(Tier tier, long channel, int month, long amount) {
        return new Delta(new Cell(tier, channel, month), BigDecimal.valueOf(amount));
    }

    private static BudgetSheet sheet(Map<Cell, BigDecimal> spent) {
        Map<Cell, BigDecimal> planned = new HashMap<>();
        for (int m = 0; m < 12; m++) {
            planned.put(new Cell(Tier.FOUNDATION, ADS, m), new BigDecimal(m < 8 ? "66667" : "66666"));
            planned.put(new Cell(Tier.EXPERIMENT, LINE, m), new BigDecimal("10000"));
            planned.put(new Cell(Tier.RESERVE, GENERAL, m), new BigDecimal(m < 8 ? "6667" : "6666"));
        }
        return new BudgetSheet(planned, spent);
    }
}
