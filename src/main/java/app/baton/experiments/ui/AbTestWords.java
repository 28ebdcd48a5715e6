package app.baton.experiments.ui;

import app.baton.experiments.AbTest;
import app.baton.shared.Formats;
import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/** An A/B test's sample size and comparison in the reader's words, for the form and the experiment's page. */
final class AbTestWords {

    private final Component owner;
    private final java.util.Locale locale;

    AbTestWords(Component owner, java.util.Locale locale) {
        this.owner = owner;
        this.locale = locale;
    }

    /** "8,158 visitors per group (16,316 in all); at 500 a day about 33 days — the test runs 59 days: enough." */
    String sampleSize(AbTest.SampleSize size, @Nullable LocalDate start, @Nullable LocalDate end) {
        StringBuilder text = new StringBuilder(
                owner.getTranslation("experiment.ab.sampleSize", number(size.perGroup()), number(size.total())));
        if (size.days() != null) {
            text.append(gap()).append(owner.getTranslation("experiment.ab.days", number(size.days())));
            if (start != null && end != null && end.isAfter(start)) {
                long runs = ChronoUnit.DAYS.between(start, end) + 1;
                text.append(gap())
                        .append(owner.getTranslation(
                                runs >= size.days() ? "experiment.ab.longEnough" : "experiment.ab.tooShort",
                                number(runs)));
            }
        } else {
            text.append(gap()).append(owner.getTranslation("experiment.ab.noTraffic"));
        }
        return text.toString();
    }

    /** The groups' rates, the difference with its interval and the p-value, and what it means. */
    String result(AbTest.Result result) {
        return owner.getTranslation(
                "experiment.ab.result",
                percent(result.controlRatePct()),
                percent(result.variantRatePct()),
                points(result.differencePts()),
                Formats.figure(result.confidencePct(), locale),
                points(result.lowPts()),
                points(result.highPts()),
                pValue(result.pValue()));
    }

    String verdict(AbTest.Result result) {
        return owner.getTranslation("experiment.ab.verdict." + result.verdict().name());
    }

    /** Between sentences: a space in English, none after a Chinese full stop. */
    private String gap() {
        return "zh".equals(locale.getLanguage()) ? "" : " ";
    }

    private String number(long value) {
        return Formats.number(value, locale);
    }

    private String percent(BigDecimal pct) {
        return Formats.percent(pct.setScale(2, RoundingMode.HALF_UP), locale);
    }

    /** Signed percentage points with two decimals: +0.60, −1.36. */
    private String points(BigDecimal pts) {
        BigDecimal rounded = pts.setScale(2, RoundingMode.HALF_UP);
        String text = Formats.figure(rounded.abs(), locale);
        return (rounded.signum() < 0 ? "−" : rounded.signum() > 0 ? "+" : "") + text;
    }

    /** Three significant places, and "< 0.001" below that. */
    private static String pValue(double p) {
        if (p < 0.001) {
            return "< 0.001";
        }
        return new BigDecimal(p).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }
}
