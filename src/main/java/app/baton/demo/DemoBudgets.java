package app.baton.demo;

import app.baton.budgets.BudgetPlanService;
import app.baton.budgets.BudgetRequestService;
import app.baton.budgets.ChannelRow;
import app.baton.budgets.ChannelService;
import app.baton.budgets.PlanView;
import app.baton.budgets.RequestCommand;
import app.baton.budgets.RequestKind;
import app.baton.budgets.Tier;
import app.baton.experiments.Direction;
import app.baton.experiments.ExperimentMethod;
import app.baton.experiments.ExperimentService;
import app.baton.experiments.Metric;
import app.baton.experiments.MetricKind;
import app.baton.experiments.Proposal;
import app.baton.security.AccountSummary;
import app.baton.security.MembershipDirectory;
import app.baton.shared.CompanyDefaults;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The demo company's budget: this year's active plan (NT$4.2 million, 7 % of revenue; the experiment tier near its
 * cap), actual spend for the months already past, one move the successor asked for and one experiment the successor
 * proposed, both waiting for the founder.
 * Made through the real services, signed in as the demo people, so the audit log tells the story.
 */
@Component
@app.baton.shared.DemoOnly
class DemoBudgets {

    private final BudgetPlanService plans;
    private final ChannelService channels;
    private final BudgetRequestService requests;
    private final ExperimentService experiments;
    private final MembershipDirectory memberships;
    private final Clock clock;

    DemoBudgets(
            BudgetPlanService plans,
            ChannelService channels,
            BudgetRequestService requests,
            ExperimentService experiments,
            MembershipDirectory memberships,
            Clock clock) {
        this.plans = plans;
        this.channels = channels;
        this.requests = requests;
        this.experiments = experiments;
        this.memberships = memberships;
        this.clock = clock;
    }

    void seed(long tenantId, AccountSummary founder, AccountSummary successor) {
        YearMonth now = YearMonth.now(clock.withZone(CompanyDefaults.ZONE));
        int year = now.getYear();
        PlanView active = as(founder, tenantId, () -> {
            Map<String, Long> byCode = channels.channels().stream()
                    .filter(c -> c.code() != null)
                    .collect(Collectors.toMap(ChannelService.ChannelView::code, ChannelService.ChannelView::id));
            PlanView plan = plans.create(year, money(60_000_000), money(4_200_000));
            plan = set(plan, Tier.FOUNDATION, byCode.get("GOOGLE_ADS"), 1_500_000);
            plan = set(plan, Tier.FOUNDATION, byCode.get("META_ADS"), 900_000);
            plan = set(plan, Tier.FOUNDATION, byCode.get("SEO"), 360_000);
            plan = set(plan, Tier.FOUNDATION, byCode.get("WEBSITE"), 240_000);
            plan = set(plan, Tier.EXPERIMENT, byCode.get("LINE"), 360_000);
            plan = set(plan, Tier.EXPERIMENT, byCode.get("CONTENT"), 240_000);
            plan = set(plan, Tier.RESERVE, byCode.get("GENERAL"), 600_000);
            plan = plans.activate(plan.id(), plan.changeCount());
            for (YearMonth month = plan.firstMonth(); month.isBefore(now); month = month.plusMonths(1)) {
                plan = plans.recordSpent(plan.id(), Tier.FOUNDATION, byCode.get("GOOGLE_ADS"), month, money(118_000));
                plan = plans.recordSpent(plan.id(), Tier.EXPERIMENT, byCode.get("LINE"), month, money(27_500));
            }
            return plan;
        });
        long google = channelId(active, Tier.FOUNDATION, 0);
        long line = channelId(active, Tier.EXPERIMENT, 0);
        YearMonth next = now.getYear() == year && now.getMonthValue() < 12 ? now.plusMonths(1) : now;
        // the successor proposes a month-long pilot starting in a week: it waits for the founder too
        java.time.LocalDate pilotStart =
                java.time.LocalDate.now(clock.withZone(CompanyDefaults.ZONE)).plusDays(7);
        as(successor, tenantId, () -> {
            var draft = experiments.create(new Proposal(
                    "LINE 官方帳號好友募集",
                    "如果我們在門市與官網邀請顧客加入 LINE 好友並送首購優惠，那麼新客成本會下降，" + "因為好友名單比廣告名單便宜、轉換率也較高。",
                    line,
                    ExperimentMethod.PILOT,
                    money(45_000),
                    pilotStart,
                    pilotStart.plusDays(30),
                    List.of(
                            new Metric(
                                    MetricKind.CAC,
                                    null,
                                    null,
                                    money(1_500),
                                    money(1_100),
                                    Direction.LOWER,
                                    null,
                                    false),
                            new Metric(
                                    MetricKind.CR,
                                    null,
                                    null,
                                    new BigDecimal("0.02"),
                                    new BigDecimal("0.03"),
                                    Direction.HIGHER,
                                    null,
                                    false)),
                    null,
                    null));
            return experiments.submit(draft.row().id(), draft.version());
        });
        as(
                successor,
                tenantId,
                () -> requests.submit(new RequestCommand(
                        active.id(),
                        active.changeCount(),
                        RequestKind.MOVE,
                        money(30_000),
                        Tier.FOUNDATION,
                        google,
                        List.of(next),
                        Tier.EXPERIMENT,
                        line,
                        List.of(next),
                        "LINE 官方帳號好友募集活動成效好（每位新好友成本 NT$38，比 Google Ads 名單便宜一半），" + "想把下個月部分 Google Ads 預算移過去擴大測試。",
                        "https://example.com/line-pilot-results")));
    }

    private PlanView set(PlanView plan, Tier tier, long channelId, long yearly) {
        return plans.setChannelYear(plan.id(), plan.changeCount(), tier, channelId, money(yearly));
    }

    private static long channelId(PlanView plan, Tier tier, int index) {
        return plan.tier(tier).channels().stream()
                .sorted(java.util.Comparator.comparing((ChannelRow r) -> r.total())
                        .reversed())
                .toList()
                .get(index)
                .channelId();
    }

    private <T> T as(AccountSummary person, long tenantId, Supplier<T> work) {
        return DemoActor.as(memberships, person, tenantId, work);
    }

    private static BigDecimal money(long amount) {
        return BigDecimal.valueOf(amount);
    }
}
