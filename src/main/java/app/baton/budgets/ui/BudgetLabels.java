package app.baton.budgets.ui;

import app.baton.approvals.GuardrailRule;
import app.baton.approvals.Violation;
import app.baton.budgets.BudgetSheet.GuardrailStatus;
import app.baton.budgets.ChannelService;
import app.baton.budgets.ChannelService.ChannelView;
import app.baton.budgets.RequestKind;
import app.baton.budgets.RequestStatus;
import app.baton.budgets.Tier;
import app.baton.shared.Formats;
import app.baton.shared.ui.StatusBadge;
import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Words and figures of the budget screens in the reader's language: channel names, tiers, months, money,
 * request states and guardrail findings. One instance per screen, built from the company's channels.
 */
final class BudgetLabels {

    private final Component owner;
    private final Map<Long, ChannelView> channels;
    private final String currency;
    private final @Nullable YearMonth firstMonth;

    BudgetLabels(Component owner, ChannelService channelService, String currency, @Nullable YearMonth firstMonth) {
        this(owner, channelService.channels(), currency, firstMonth);
    }

    BudgetLabels(Component owner, List<ChannelView> channels, String currency, @Nullable YearMonth firstMonth) {
        this.owner = owner;
        this.channels = channels.stream().collect(Collectors.toMap(ChannelView::id, Function.identity()));
        this.currency = currency;
        this.firstMonth = firstMonth;
    }

    String t(String key, Object... args) {
        return owner.getTranslation(key, args);
    }

    Locale locale() {
        return app.baton.shared.ui.UiLocale.of(owner);
    }

    String channel(@Nullable Long channelId) {
        if (channelId == null) {
            return "";
        }
        ChannelView channel = channels.get(channelId);
        if (channel == null) {
            return "#" + channelId;
        }
        return name(channel);
    }

    String name(ChannelView channel) {
        String name = channel.name() != null ? channel.name() : t("channel." + channel.code());
        return channel.archived() ? name + " " + t("budget.channel.archivedSuffix") : name;
    }

    String tier(Tier tier) {
        return t("tier." + tier.name());
    }

    String place(@Nullable Tier tier, @Nullable Long channelId) {
        return tier == null ? "" : tier(tier) + " · " + channel(channelId);
    }

    String money(BigDecimal amount) {
        return Formats.money(amount, currency, locale());
    }

    String month(YearMonth month) {
        return Formats.month(month, locale());
    }

    String percent(@Nullable BigDecimal percent) {
        return Formats.percent(percent, locale());
    }

    String kind(RequestKind kind) {
        return t("request.kind." + kind.name());
    }

    StatusBadge status(RequestStatus status) {
        StatusBadge.Tone tone = switch (status) {
            case SUBMITTED -> StatusBadge.Tone.INFO;
            case PARTIALLY_APPROVED -> StatusBadge.Tone.WARNING;
            case APPROVED -> StatusBadge.Tone.SUCCESS;
            case REJECTED -> StatusBadge.Tone.DANGER;
            case WITHDRAWN -> StatusBadge.Tone.NEUTRAL;
        };
        return new StatusBadge(t("request.status." + status.name()), tone);
    }

    StatusBadge guardrail(GuardrailStatus status) {
        return switch (status) {
            case OK -> new StatusBadge(t("guardrail.status.OK"), StatusBadge.Tone.SUCCESS);
            case NEAR -> new StatusBadge(t("guardrail.status.NEAR"), StatusBadge.Tone.WARNING);
            case OVER -> new StatusBadge(t("guardrail.status.OVER"), StatusBadge.Tone.DANGER);
        };
    }

    /** A broken guardrail in plain words: what, where, the limit and what it would be. */
    String violation(Violation violation) {
        GuardrailRule rule = violation.rule();
        String key = "guardrail.rule." + rule.name() + ".text";
        return switch (rule) {
            case EXPERIMENT_CAP, MIN_RESERVE -> t(key, percent(violation.value()), percent(violation.limit()));
            case PER_EXPERIMENT_MAX -> t(key, money(violation.value()), money(violation.limit()));
            case BELOW_SPENT, BELOW_ZERO ->
                t(key, where(violation.where()), money(violation.value()), money(violation.limit()));
        };
    }

    /** "EXPERIMENT/12/3" → "成長實驗型 · LINE · 2027年4月". */
    private String where(String where) {
        String[] parts = where.split("/");
        StringBuilder text = new StringBuilder();
        try {
            text.append(tier(Tier.valueOf(parts[0])));
            if (parts.length > 1) {
                text.append(" · ").append(channel(Long.parseLong(parts[1])));
            }
            if (parts.length > 2 && firstMonth != null) {
                text.append(" · ").append(month(firstMonth.plusMonths(Integer.parseInt(parts[2]))));
            }
        } catch (IllegalArgumentException e) {
            return where;
        }
        return text.toString();
    }
}
