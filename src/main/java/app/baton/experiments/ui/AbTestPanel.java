package app.baton.experiments.ui;

import app.baton.experiments.AbTest;
import app.baton.experiments.ExperimentDetail;
import app.baton.shared.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Objects;

/**
 * An A/B test on its page: what it was sized for and the visitors that needs, and once the counts are in, the
 * groups' rates, the difference with its confidence interval and p-value, and what that means — a difference that is
 * not significant is "no evidence either way".
 */
final class AbTestPanel extends Div {

    AbTestPanel(ExperimentDetail detail) {
        addClassName("ab-test");
        AbTestWords words = new AbTestWords(this, getLocale());
        add(new H3(getTranslation("experiment.ab.title")));
        var plan = Objects.requireNonNull(detail.abPlan());
        add(new Paragraph(getTranslation(
                "experiment.ab.plan",
                Formats.figure(plan.baselinePct(), getLocale()),
                Formats.figure(plan.minimumEffectPts(), getLocale()),
                Formats.figure(plan.significancePct(), getLocale()),
                Formats.figure(plan.powerPct(), getLocale()))));
        if (detail.sampleSize() != null) {
            add(new Paragraph(words.sampleSize(
                    detail.sampleSize(), detail.row().startDate(), detail.row().endDate())));
        }
        AbTest.Result result = detail.abResult();
        if (result != null && detail.abCounts() != null) {
            add(new Paragraph(getTranslation(
                    "experiment.ab.counts",
                    Formats.number(detail.abCounts().controlConversions(), getLocale()),
                    Formats.number(detail.abCounts().controlVisitors(), getLocale()),
                    Formats.number(detail.abCounts().variantConversions(), getLocale()),
                    Formats.number(detail.abCounts().variantVisitors(), getLocale()))));
            add(new Paragraph(words.result(result)));
            Paragraph verdict = new Paragraph(words.verdict(result));
            verdict.addClassNames(
                    "ab-verdict", "ab-verdict-" + result.verdict().name().toLowerCase(java.util.Locale.ROOT));
            add(verdict);
        }
    }
}
