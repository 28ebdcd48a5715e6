package app.baton.experiments.ui;

import app.baton.experiments.AbTest;
import app.baton.experiments.AbTestPlan;
import app.baton.shared.DomainException;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * An A/B test's sizing on the proposal form (「將用戶隨機分組」): the conversion rate today, the smallest change
 * worth detecting, significance, power and visitors a day, and as the person types the visitors each group needs and
 * the days that takes against the experiment's dates. A field of the form, bound to {@code Proposal.abTest}.
 */
final class AbPlanEditor extends CustomField<@Nullable AbTestPlan> {

    private final BigDecimalField baseline = percent("experiment.ab.baseline");
    private final BigDecimalField effect = new BigDecimalField();
    private final BigDecimalField significance = percent("experiment.ab.significance");
    private final BigDecimalField power = percent("experiment.ab.power");
    private final IntegerField daily = new IntegerField();
    private final Paragraph size = new Paragraph();
    private final Supplier<@Nullable LocalDate> start;
    private final Supplier<@Nullable LocalDate> end;

    AbPlanEditor(Supplier<@Nullable LocalDate> start, Supplier<@Nullable LocalDate> end) {
        super(null);
        this.start = start;
        this.end = end;
        effect.setLabel(getTranslation("experiment.ab.effect"));
        effect.setSuffixComponent(new Span(getTranslation("experiment.ab.points")));
        effect.setHelperText(getTranslation("experiment.ab.effect.help"));
        daily.setLabel(getTranslation("experiment.ab.daily"));
        daily.setHelperText(getTranslation("experiment.ab.daily.help"));
        significance.setHelperText(getTranslation("experiment.ab.significance.help"));
        power.setHelperText(getTranslation("experiment.ab.power.help"));
        FormLayout form = new FormLayout(baseline, effect, significance, power, daily);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
        size.addClassName("ab-size");
        Div body = new Div(new H4(getTranslation("experiment.ab.title")), form, size);
        body.setWidthFull();
        add(body);
        setWidthFull();
        for (var field : java.util.List.of(baseline, effect, significance, power)) {
            field.addValueChangeListener(e -> updateValue());
        }
        daily.addValueChangeListener(e -> updateValue());
        addValueChangeListener(e -> describe());
    }

    /** Starts an empty plan with the usual significance and power, and the baseline given (the CR metric's). */
    void startWith(@Nullable BigDecimal baselinePct) {
        if (getValue() == null) {
            setValue(AbTestPlan.defaults(baselinePct == null ? BigDecimal.ONE : baselinePct));
        }
    }

    /** Says what the plan needs, or why it cannot be sized yet. */
    void describe() {
        AbTestPlan plan = getValue();
        if (plan == null
                || plan.baselinePct() == null
                || plan.minimumEffectPts() == null
                || plan.significancePct() == null
                || plan.powerPct() == null) {
            size.setText(getTranslation("experiment.ab.fillIn"));
            return;
        }
        try {
            size.setText(
                    new AbTestWords(this, getLocale()).sampleSize(AbTest.sampleSize(plan), start.get(), end.get()));
        } catch (DomainException | IllegalArgumentException e) {
            size.setText(getTranslation("experiment.ab.fillIn"));
        }
    }

    @Override
    protected @Nullable AbTestPlan generateModelValue() {
        if (baseline.isEmpty() && effect.isEmpty() && significance.isEmpty() && power.isEmpty() && daily.isEmpty()) {
            return null;
        }
        return new AbTestPlan(
                baseline.getValue(), effect.getValue(), significance.getValue(), power.getValue(), daily.getValue());
    }

    @Override
    protected void setPresentationValue(@Nullable AbTestPlan plan) {
        baseline.setValue(plan == null ? null : plan.baselinePct());
        effect.setValue(plan == null ? null : plan.minimumEffectPts());
        significance.setValue(plan == null ? null : plan.significancePct());
        power.setValue(plan == null ? null : plan.powerPct());
        daily.setValue(plan == null ? null : plan.dailyVisitors());
        describe();
    }

    private BigDecimalField percent(String key) {
        BigDecimalField field = new BigDecimalField(getTranslation(key));
        field.setSuffixComponent(new Span("%"));
        return field;
    }
}
