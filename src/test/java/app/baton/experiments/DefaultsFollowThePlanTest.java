package app.baton.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.budgets.PlanCalendar;
import app.baton.budgets.PlanStatus;
import app.baton.budgets.PlanSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The dates a form starts with follow the active plan and the calendar: on 2 December with only this year planned,
 * a new experiment starts within this year's plan (not in January of a year with no plan), and the plan dialog offers
 * next year; every date here is given, none is read from the clock.
 */
class DefaultsFollowThePlanTest {

    private static PlanSummary plan(int year, PlanStatus status) {
        return new PlanSummary(1, year, status, BigDecimal.TEN, "TWD", YearMonth.of(year, 1));
    }

    @Test
    void a_proposal_starts_next_month_when_the_plan_covers_it() {
        var period = ProposalDefaults.period(LocalDate.of(2026, 3, 10), List.of(plan(2026, PlanStatus.ACTIVE)));
        assertThat(period.start()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(period.end()).isEqualTo(LocalDate.of(2026, 5, 31));
    }

    @Test
    void in_december_without_next_years_plan_it_stays_in_this_years_plan() {
        var period = ProposalDefaults.period(LocalDate.of(2026, 12, 2), List.of(plan(2026, PlanStatus.ACTIVE)));
        assertThat(period.start()).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(period.end()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void with_next_years_plan_active_it_starts_in_january_and_a_draft_does_not_count() {
        assertThat(ProposalDefaults.period(
                                LocalDate.of(2026, 12, 2),
                                List.of(plan(2027, PlanStatus.ACTIVE), plan(2026, PlanStatus.ACTIVE)))
                        .start())
                .isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(ProposalDefaults.period(
                                LocalDate.of(2026, 12, 2),
                                List.of(plan(2027, PlanStatus.DRAFT), plan(2026, PlanStatus.ACTIVE)))
                        .start())
                .isEqualTo(LocalDate.of(2026, 12, 9));
    }

    @Test
    void a_plan_ending_before_two_months_caps_the_end() {
        var period = ProposalDefaults.period(LocalDate.of(2026, 10, 20), List.of(plan(2026, PlanStatus.ACTIVE)));
        assertThat(period.start()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(period.end()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void with_no_plan_the_first_choice_stands() {
        var period = ProposalDefaults.period(LocalDate.of(2026, 12, 2), List.of());
        assertThat(period.start()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void the_plan_dialog_offers_next_year_from_november_and_never_a_planned_year() {
        assertThat(PlanCalendar.suggestedFiscalYear(LocalDate.of(2026, 12, 2), Set.of()))
                .isEqualTo(2027);
        assertThat(PlanCalendar.suggestedFiscalYear(LocalDate.of(2026, 3, 2), Set.of()))
                .isEqualTo(2026);
        assertThat(PlanCalendar.suggestedFiscalYear(LocalDate.of(2026, 3, 2), Set.of(2026)))
                .isEqualTo(2027);
        assertThat(PlanCalendar.suggestedFiscalYear(LocalDate.of(2026, 12, 2), Set.of(2027, 2028)))
                .isEqualTo(2029);
    }
}
