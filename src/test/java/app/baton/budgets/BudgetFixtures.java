package app.baton.budgets;

import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Person;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Test-data builders for budgets: an active plan with known amounts. */
@TestConfiguration(proxyBeanMethods = false)
public class BudgetFixtures {

    /** The plan's year: the one after the tests' start date, so its months and experiments lie in the future. */
    public static final int YEAR = app.baton.TestCalendar.nextYear();

    @Bean
    Budgets budgets(
            Companies companies,
            BudgetPlanService plans,
            BudgetPlanQueryService planQueries,
            ChannelService channels,
            GuardrailService guardrails,
            BudgetRequestService requests) {
        return new Budgets(companies, plans, planQueries, channels, guardrails, requests);
    }

    /** An active plan and its channels by default code. */
    public record ActivePlan(long id, Map<String, Long> channels) {

        public long channel(String code) {
            return channels.get(code);
        }
    }

    public static final class Budgets {
        private final Companies companies;
        private final BudgetPlanService plans;
        private final BudgetPlanQueryService planQueries;
        private final ChannelService channels;
        private final GuardrailService guardrails;
        private final BudgetRequestService requests;

        Budgets(
                Companies companies,
                BudgetPlanService plans,
                BudgetPlanQueryService planQueries,
                ChannelService channels,
                GuardrailService guardrails,
                BudgetRequestService requests) {
            this.companies = companies;
            this.plans = plans;
            this.planQueries = planQueries;
            this.channels = channels;
            this.guardrails = guardrails;
            this.requests = requests;
        }

        /**
         * The founder's active plan for {@link #YEAR} of 1,000,000: foundation 800,000 (Google Ads 600,000, Meta Ads 200,000),
         * experiment 120,000 (LINE), reserve 80,000 (general). Experiment 12 % of 15 %, reserve 8 % of at least 5 %.
         */
        public ActivePlan activePlan(Person founder) throws Exception {
            return companies.as(founder, () -> {
                PlanView plan = plans.create(YEAR, money(10_000_000), money(1_000_000));
                Map<String, Long> byCode = channels.channels().stream()
                        .filter(c -> c.code() != null)
                        .collect(Collectors.toMap(ChannelService.ChannelView::code, ChannelService.ChannelView::id));
                plan = plans.setChannelYear(
                        plan.id(), plan.changeCount(), Tier.FOUNDATION, byCode.get("GOOGLE_ADS"), money(600_000));
                plan = plans.setChannelYear(
                        plan.id(), plan.changeCount(), Tier.FOUNDATION, byCode.get("META_ADS"), money(200_000));
                plan = plans.setChannelYear(
                        plan.id(), plan.changeCount(), Tier.EXPERIMENT, byCode.get("LINE"), money(120_000));
                plan = plans.setChannelYear(
                        plan.id(), plan.changeCount(), Tier.RESERVE, byCode.get("GENERAL"), money(80_000));
                plans.activate(plan.id(), plan.changeCount());
                return new ActivePlan(plan.id(), byCode);
            });
        }

        /** Sets the guardrails as a founder. */
        public void guardrails(Person founder, Guardrails values) throws Exception {
            companies.run(founder, () -> {
                long version = guardrails.current().version();
                guardrails.update(version, values, "test set-up");
            });
        }

        public long changeCount(Person person, long planId) throws Exception {
            return companies.as(person, () -> planQueries.plan(planId).changeCount());
        }

        /**
         * The successor asks to move NT$10,000 of May's foundation money on Google Ads to LINE in the experiment
         * tier (the plan's change count as it stands now); the request's id.
         */
        public long successorMovesTenThousand(Person founder, Person successor, ActivePlan plan) throws Exception {
            long count = changeCount(founder, plan.id());
            return companies
                    .as(
                            successor,
                            () -> requests.submit(move(
                                    plan,
                                    count,
                                    10_000,
                                    Tier.FOUNDATION,
                                    "GOOGLE_ADS",
                                    Tier.EXPERIMENT,
                                    "LINE",
                                    YearMonth.of(YEAR, 5))))
                    .row()
                    .id();
        }
    }

    /** A move of {@code amount} in one month between two cells. */
    public static RequestCommand move(
            ActivePlan plan,
            long changeCount,
            long amount,
            Tier fromTier,
            String fromChannel,
            Tier toTier,
            String toChannel,
            YearMonth month) {
        return new RequestCommand(
                plan.id(),
                changeCount,
                RequestKind.MOVE,
                money(amount),
                fromTier,
                plan.channel(fromChannel),
                List.of(month),
                toTier,
                plan.channel(toChannel),
                List.of(month),
                "Shift to what works",
                null);
    }

    public static BigDecimal money(long amount) {
        return BigDecimal.valueOf(amount);
    }
}
