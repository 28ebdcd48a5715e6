package app.baton.insights.ui;

import app.baton.budgets.ChannelService.ChannelView;
import app.baton.budgets.Tier;
import app.baton.insights.TrendKpi;
import app.baton.shared.Formats;
import app.baton.shared.ui.UiLocale;
import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Labels and number formats shared by the dashboard, the sources page and the meeting page. */
final class InsightLabels implements app.baton.insights.PackLabels {

    private final Component owner;
    private final Map<Long, ChannelView> channels;
    private final String currency;
    private final Locale locale;

    InsightLabels(Component owner, Map<Long, ChannelView> channels, String currency) {
        this.owner = owner;
        // fixed now: a download handler runs outside the UI's request, where the component's locale is not known
        this.locale = UiLocale.of(owner);
        this.channels = channels;
        this.currency = currency;
    }

    @Override
    public String t(String key, Object... args) {
        return owner.getTranslation(locale, key, args);
    }

    Locale locale() {
        return locale;
    }

    @Override
    public String channel(@Nullable Long channelId) {
        if (channelId == null) {
            return t("dashboard.allChannels");
        }
        ChannelView c = channels.get(channelId);
        if (c == null) {
            return "#" + channelId;
        }
        return c.name() != null ? c.name() : t("channel." + c.code());
    }

    @Override
    public String tier(@Nullable Tier tier) {
        return tier == null ? t("dashboard.total") : t("tier." + tier.name());
    }

    String money(@Nullable BigDecimal amount) {
        return amount == null ? "—" : Formats.money(amount, currency, locale());
    }

    @Override
    public String month(YearMonth month) {
        return Formats.month(month, locale());
    }

    String shortMonth(YearMonth month) {
        return Formats.shortMonth(month, locale());
    }

    String kpiName(TrendKpi kpi) {
        return t("kpi.trend." + kpi.name());
    }

    /** A KPI value as people read it: money for CAC, CPA and CLTV, percent for shares, else a ratio. */
    @Override
    public String kpi(TrendKpi kpi, @Nullable BigDecimal value) {
        if (value == null) {
            return "—";
        }
        return switch (kpi) {
            case CAC, CPA, CLTV -> money(value.setScale(0, RoundingMode.HALF_UP));
            case ROI, CR -> Formats.percent(value.multiply(BigDecimal.valueOf(100)), locale());
            case ROAS, ROAS_VERIFIED, LTV_CAC -> ratio(value);
        };
    }

    String ratio(@Nullable BigDecimal value) {
        if (value == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }

    /** A share such as 0.85 as "85.0 %". */
    String share(@Nullable BigDecimal fraction) {
        return fraction == null ? "—" : Formats.percent(fraction.multiply(BigDecimal.valueOf(100)), locale());
    }

    /** A plain number for chart data (no grouping, dot decimals), or null. */
    static @Nullable Double plain(@Nullable BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
