package app.baton.experiments.ui;

import app.baton.experiments.AbTestCounts;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import org.jspecify.annotations.Nullable;

/**
 * An A/B test's counts in the results form: visitors and conversions of the control group (A) and the variant (B).
 * A field of the results form, bound to {@code Results.abTest}; empty when every box is empty.
 */
final class AbCountsEditor extends CustomField<@Nullable AbTestCounts> {

    private final IntegerField controlVisitors = field("experiment.ab.controlVisitors");
    private final IntegerField controlConversions = field("experiment.ab.controlConversions");
    private final IntegerField variantVisitors = field("experiment.ab.variantVisitors");
    private final IntegerField variantConversions = field("experiment.ab.variantConversions");

    AbCountsEditor() {
        super(null);
        FormLayout form = new FormLayout(controlVisitors, controlConversions, variantVisitors, variantConversions);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        Div body = new Div(
                new H4(getTranslation("experiment.ab.countsTitle")),
                new Paragraph(getTranslation("experiment.ab.countsText")),
                form);
        body.setWidthFull();
        add(body);
        setWidthFull();
    }

    @Override
    protected @Nullable AbTestCounts generateModelValue() {
        if (controlVisitors.isEmpty()
                && controlConversions.isEmpty()
                && variantVisitors.isEmpty()
                && variantConversions.isEmpty()) {
            return null;
        }
        return new AbTestCounts(
                value(controlVisitors), value(controlConversions), value(variantVisitors), value(variantConversions));
    }

    @Override
    protected void setPresentationValue(@Nullable AbTestCounts counts) {
        controlVisitors.setValue(counts == null ? null : (int) counts.controlVisitors());
        controlConversions.setValue(counts == null ? null : (int) counts.controlConversions());
        variantVisitors.setValue(counts == null ? null : (int) counts.variantVisitors());
        variantConversions.setValue(counts == null ? null : (int) counts.variantConversions());
    }

    /** An empty box reads as zero: the constraints then say visitors are needed. */
    private static long value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private IntegerField field(String key) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setMin(0);
        field.addValueChangeListener(e -> updateValue());
        return field;
    }
}
