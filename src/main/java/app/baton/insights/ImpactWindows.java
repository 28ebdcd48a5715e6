package app.baton.insights;

import app.baton.budgets.ChannelKind;
import app.baton.budgets.ChannelService;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Which slow channels (SEO, content, brand) are still inside their time to impact in a month, for the meeting's
 * suggestions (decision 020): the window opens in the channel's first month with actual spend (looked for in this plan
 * year, and in the year before when it spent from the plan's first month) and lasts the months the goals in force
 * give its kind. A channel with no spend yet has nothing to judge. Called from secured services only.
 */
@Component
class ImpactWindows {

    private final DashboardService dashboards;
    private final ChannelService channels;
    private final GoalQueryService goals;

    ImpactWindows(DashboardService dashboards, ChannelService channels, GoalQueryService goals) {
        this.dashboards = dashboards;
        this.channels = channels;
        this.goals = goals;
    }

    /** The slow channels inside their window in month {@code index} of the dashboard's plan, by channel. */
    Map<Long, Suggestions.Window> inWindow(DashboardService.Dashboard d, int index) {
        Map<Long, ChannelKind> slow = channels.channels().stream()
                .filter(c -> c.kind().slow())
                .collect(Collectors.toMap(ChannelService.ChannelView::id, ChannelService.ChannelView::kind));
        if (slow.isEmpty()) {
            return Map.of();
        }
        YearMonth month = d.months().get(index);
        Map<Long, YearMonth> firstSpend = firstSpend(d.table(), d.months(), index);
        // a channel that spent from the plan's first month may have started the year before
        YearMonth planStart = d.months().getFirst();
        if (firstSpend.entrySet().stream()
                .anyMatch(e -> slow.containsKey(e.getKey()) && e.getValue().equals(planStart))) {
            Optional<DashboardService.Actuals> before = dashboards.actuals(d.fiscalYear() - 1);
            before.ifPresent(previous -> {
                List<YearMonth> months = java.util.stream.Stream.iterate(
                                planStart.minusMonths(12), m -> m.plusMonths(1))
                        .limit(12)
                        .toList();
                firstSpend(previous.table(), months, 11).forEach((id, m) -> {
                    if (planStart.equals(firstSpend.get(id))) {
                        firstSpend.put(id, m);
                    }
                });
            });
        }
        Map<ChannelKind, Integer> monthsByKind = new EnumMap<>(ChannelKind.class);
        Function<ChannelKind, Integer> months =
                kind -> monthsByKind.computeIfAbsent(kind, k -> goals.monthsToImpact(k, month));
        Map<Long, Suggestions.Window> windows = new HashMap<>();
        slow.forEach((id, kind) -> {
            YearMonth start = firstSpend.get(id);
            if (start == null) {
                return;
            }
            int needed = months.apply(kind);
            YearMonth judgeFrom = start.plusMonths(needed);
            if (month.isBefore(judgeFrom)) {
                windows.put(id, new Suggestions.Window(kind, needed, judgeFrom));
            }
        });
        return windows;
    }

    /** Each channel's first month with actual spend up to month {@code last}, across its tiers. */
    private static Map<Long, YearMonth> firstSpend(BudgetActuals.Table table, List<YearMonth> months, int last) {
        Map<Long, YearMonth> first = new HashMap<>();
        for (BudgetActuals.Line line : table.channels()) {
            Long id = line.channelId();
            if (id == null) {
                continue;
            }
            for (int i = 0; i <= last && i < line.months().size(); i++) {
                if (line.month(i).actual().signum() > 0) {
                    YearMonth m = months.get(i);
                    first.merge(id, m, (a, b) -> a.isBefore(b) ? a : b);
                    break;
                }
            }
        }
        return first;
    }
}
