package app.baton.experiments.ui;

import app.baton.budgets.ChannelService.ChannelView;
import app.baton.experiments.ExperimentStatus;
import app.baton.experiments.Metric;
import app.baton.experiments.MetricKind;
import app.baton.shared.Formats;
import app.baton.shared.ui.StatusBadge;
import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Words and figures of the experiment screens in the reader's language. */
final class ExperimentLabels {

    private final Component owner;
    private final Map<Long, ChannelView> channels;
    private final String currency;

    ExperimentLabels(Component owner, List<ChannelView> channels, String currency) {
        this.owner = owner;
        this.channels = channels.stream().collect(Collectors.toMap(ChannelView::id, Function.identity()));
        this.currency = currency;
    }

    String t(String key, Object... args) {
        return owner.getTranslation(key, args);
    }

    Locale locale() {
        return app.baton.shared.ui.UiLocale.of(owner);
    }

    String channel(long channelId) {
        ChannelView channel = channels.get(channelId);
        if (channel == null) {
            return "#" + channelId;
        }
        return channel.name() != null ? channel.name() : t("channel." + channel.code());
    }

    String money(@Nullable BigDecimal amount) {
        return amount == null ? "—" : Formats.money(amount, currency, locale());
    }

    String date(LocalDate date) {
        return Formats.date(date, locale());
    }

    String dates(LocalDate start, LocalDate end) {
        return date(start) + " – " + date(end);
    }

    String metricName(Metric metric) {
        return metric.kind() == MetricKind.CUSTOM ? String.valueOf(metric.customName()) : t("kpi." + metric.kind());
    }

    /** A metric value: shares as percentages, money KPIs with the currency, others as plain numbers with a unit. */
    String value(Metric metric, @Nullable BigDecimal value) {
        if (value == null) {
            return "—";
        }
        return switch (metric.kind()) {
            case CR, CTR, ROI -> Formats.percent(value.multiply(BigDecimal.valueOf(100)), locale());
            case CAC, CPC, CPA, CLTV -> money(value);
            case ROAS -> value.setScale(2, RoundingMode.HALF_UP).toPlainString() + "×";
            case CUSTOM ->
                value.stripTrailingZeros().toPlainString() + (metric.unit() == null ? "" : " " + metric.unit());
        };
    }

    StatusBadge status(ExperimentStatus status) {
        StatusBadge.Tone tone = switch (status) {
            case DRAFT, CHANGES_REQUESTED -> StatusBadge.Tone.NEUTRAL;
            case SUBMITTED, RESULTS_SUBMITTED -> StatusBadge.Tone.INFO;
            case APPROVED, RUNNING -> StatusBadge.Tone.SUCCESS;
            case REJECTED -> StatusBadge.Tone.DANGER;
            case CONCLUDED -> StatusBadge.Tone.WARNING;
        };
        return new StatusBadge(t("experiment.status." + status.name()), tone);
    }

    StatusBadge outcome(Metric.Outcome outcome) {
        return switch (outcome) {
            case MET -> new StatusBadge(t("experiment.outcome.MET"), StatusBadge.Tone.SUCCESS);
            case NOT_MET -> new StatusBadge(t("experiment.outcome.NOT_MET"), StatusBadge.Tone.DANGER);
            case NO_DATA -> new StatusBadge(t("experiment.outcome.NO_DATA"), StatusBadge.Tone.NEUTRAL);
            case NO_EVIDENCE -> new StatusBadge(t("experiment.outcome.NO_EVIDENCE"), StatusBadge.Tone.WARNING);
        };
    }
}
