package app.baton.reports.ui;

import app.baton.reports.EngagementKpi;
import app.baton.reports.FlagState;
import app.baton.reports.FlagText;
import app.baton.reports.ReviewStatus;
import app.baton.reports.checks.Flag;
import app.baton.reports.checks.Severity;
import app.baton.shared.Formats;
import app.baton.shared.ui.StatusBadge;
import app.baton.shared.ui.UiLocale;
import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Words and figures of the report screens in the reader's language. */
final class ReportLabels {

    private final Component owner;
    private final String currency;

    ReportLabels(Component owner, String currency) {
        this.owner = owner;
        this.currency = currency;
    }

    String t(String key, Object... args) {
        return owner.getTranslation(key, args);
    }

    String currency() {
        return currency;
    }

    Locale locale() {
        return UiLocale.of(owner);
    }

    String money(@Nullable BigDecimal amount) {
        return amount == null ? "—" : Formats.money(amount, currency, locale());
    }

    String date(java.time.LocalDate date) {
        return Formats.date(date, locale());
    }

    String month(YearMonth month) {
        return Formats.month(month, locale());
    }

    String kpi(EngagementKpi kpi, @Nullable BigDecimal value) {
        if (value == null) {
            return "—";
        }
        if (kpi.share()) {
            return Formats.percent(value.movePointRight(2), locale());
        }
        if (kpi == EngagementKpi.CPC || kpi == EngagementKpi.CPA || kpi == EngagementKpi.CAC) {
            return money(value);
        }
        return Formats.figure(value, locale());
    }

    String share(@Nullable BigDecimal fraction) {
        return fraction == null ? "—" : Formats.percent(fraction.movePointRight(2), locale());
    }

    String flag(Flag flag) {
        return FlagText.message(flag, (key, args) -> owner.getTranslation(key, args));
    }

    /** A flag's words for its reader: the agency reads what the reviewer will ask of it. */
    String flag(Flag flag, boolean forAgency) {
        return FlagText.message(flag, (key, args) -> owner.getTranslation(key, args), forAgency);
    }

    StatusBadge status(ReviewStatus status) {
        StatusBadge.Tone tone = switch (status) {
            case SUBMITTED -> StatusBadge.Tone.INFO;
            case ACCEPTED -> StatusBadge.Tone.SUCCESS;
            case CLARIFICATION_REQUESTED -> StatusBadge.Tone.WARNING;
            case REJECTED -> StatusBadge.Tone.DANGER;
        };
        return new StatusBadge(t("report.status." + status.name()), tone);
    }

    StatusBadge severity(Severity severity) {
        StatusBadge.Tone tone = switch (severity) {
            case INFO -> StatusBadge.Tone.NEUTRAL;
            case WARNING -> StatusBadge.Tone.WARNING;
            case CRITICAL -> StatusBadge.Tone.DANGER;
        };
        return new StatusBadge(t("flag.severity." + severity.name()), tone);
    }

    StatusBadge flagState(FlagState state) {
        StatusBadge.Tone tone = switch (state) {
            case OPEN -> StatusBadge.Tone.WARNING;
            case QUESTIONED -> StatusBadge.Tone.INFO;
            case RESOLVED -> StatusBadge.Tone.SUCCESS;
            case DISMISSED -> StatusBadge.Tone.NEUTRAL;
        };
        return new StatusBadge(t("flag.state." + state.name()), tone);
    }

    StatusBadge late() {
        return new StatusBadge(t("report.late"), StatusBadge.Tone.DANGER);
    }
}
