package app.baton.experiments.ui;

import app.baton.experiments.ExperimentQueryService;
import app.baton.experiments.Metric;
import app.baton.experiments.ProposalCheck;
import app.baton.shared.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Beside the proposal form, what the founders will read, as the person types: the share of the experiment tier's
 * available money, a broken per-experiment maximum, the worst case, the days until results and the metrics that
 * decide.
 */
final class ProposalSummary extends Div {

    private final ExperimentQueryService queries;
    private final ExperimentLabels labels;

    ProposalSummary(ExperimentQueryService queries, ExperimentLabels labels) {
        this.queries = queries;
        this.labels = labels;
        addClassName("request-preview");
    }

    void show(
            @Nullable BigDecimal amount,
            @Nullable LocalDate start,
            @Nullable LocalDate end,
            @Nullable Long channelId,
            List<Metric> metrics) {
        removeAll();
        add(new H3(getTranslation("experiment.check.title")));
        if (amount == null || start == null || end == null) {
            Paragraph hint = new Paragraph(getTranslation("experiment.check.empty"));
            hint.addClassName("hint");
            add(hint);
            return;
        }
        ProposalCheck check = queries.check(amount, start, end, channelId);
        if (check.tier() == null) {
            line(getTranslation("experiment.check.noPlan"), true);
        } else {
            line(
                    getTranslation(
                            "experiment.check.share",
                            Formats.percent(check.shareOfFree(), getLocale()),
                            labels.money(check.tier().free())),
                    check.moreThanFree());
            if (check.moreThanFree()) {
                line(getTranslation("experiment.check.moreThanFree"), true);
            }
        }
        check.violations()
                .forEach(v -> line(
                        getTranslation(
                                        "guardrail.rule.PER_EXPERIMENT_MAX.text",
                                        labels.money(v.value()),
                                        labels.money(v.limit()))
                                + " " + getTranslation("request.check.overridable"),
                        true));
        if (check.approvedAtOnce()) {
            line(getTranslation("experiment.check.delegated"), false);
        }
        if (check.slowChannel() != null) {
            line(slowChannel(this, check.slowChannel()), true);
        }
        line(getTranslation("experiment.check.worstCase", labels.money(check.worstCaseLoss())), false);
        line(getTranslation("experiment.check.days", check.daysUntilResults(), labels.date(end)), false);
        String decides = metrics.stream()
                .map(m -> labels.metricName(m) + " " + labels.value(m, m.baseline()) + " → "
                        + labels.value(m, m.target()))
                .collect(Collectors.joining("、"));
        line(getTranslation("experiment.check.decides", decides.isEmpty() ? "—" : decides), false);
    }

    /** "SEO takes about 6 months to show its effect (agreed goals); this test judges its targets sooner…" */
    static String slowChannel(com.vaadin.flow.component.Component c, ProposalCheck.SlowChannel slow) {
        return c.getTranslation(
                "experiment.check.slowChannel",
                c.getTranslation("channel.kind." + slow.kind().name()),
                slow.months());
    }

    private void line(String text, boolean warning) {
        Paragraph p = new Paragraph(text);
        if (warning) {
            p.addClassName("error-text");
        }
        add(p);
    }
}
