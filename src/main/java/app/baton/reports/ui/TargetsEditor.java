package app.baton.reports.ui;

import app.baton.reports.EngagementKpi;
import app.baton.reports.EngagementTarget;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * An engagement's KPI targets as one field of the engagement form: a row per target (the KPI, a month for a stage
 * target or the whole term, the value) and a button to add one. Rows missing a KPI or a value are left out.
 */
final class TargetsEditor extends CustomField<List<EngagementTarget>> {

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Supplier<List<YearMonth>> termMonths;
    private final ReportLabels labels;

    TargetsEditor(Supplier<List<YearMonth>> termMonths, ReportLabels labels) {
        super(List.of());
        this.termMonths = termMonths;
        this.labels = labels;
        Button add = new Button(getTranslation("engagement.addTarget"), VaadinIcon.PLUS.create(), click -> {
            addRow(null);
            updateValue();
        });
        Div body = new Div(list, add);
        body.setWidthFull();
        body.addClassName("targets-editor-body");
        add(body);
        setWidthFull();
    }

    @Override
    protected List<EngagementTarget> generateModelValue() {
        List<EngagementTarget> targets = new ArrayList<>();
        for (Row row : rows) {
            EngagementTarget target = row.value();
            if (target != null) {
                targets.add(target);
            }
        }
        return List.copyOf(targets);
    }

    @Override
    protected void setPresentationValue(List<EngagementTarget> targets) {
        rows.clear();
        list.removeAll();
        targets.forEach(this::addRow);
    }

    private void addRow(@Nullable EngagementTarget target) {
        Row row = new Row(target);
        rows.add(row);
        list.add(row);
    }

    /** One KPI target: the KPI, an optional month (a stage target), the target value. */
    private final class Row extends HorizontalLayout {

        private final Select<EngagementKpi> kpi = new Select<>();
        private final ComboBox<YearMonth> month = new ComboBox<>();
        private final BigDecimalField value = new BigDecimalField();

        Row(@Nullable EngagementTarget target) {
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setWrap(true);
            kpi.setLabel(getTranslation("engagement.kpi"));
            kpi.setItems(EngagementKpi.values());
            kpi.setItemLabelGenerator(k -> k == null ? "" : getTranslation("kpi." + k.name()));
            month.setLabel(getTranslation("engagement.stageMonth"));
            month.setPlaceholder(getTranslation("engagement.wholeTerm"));
            month.setClearButtonVisible(true);
            month.setItemLabelGenerator(m -> m == null ? "" : labels.month(m));
            month.setItems(termMonths.get());
            value.setLabel(getTranslation("engagement.targetValue"));
            value.setHelperText(getTranslation("engagement.targetValueHint"));
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                rows.remove(this);
                list.remove(this);
                updateValue();
            });
            remove.setAriaLabel(getTranslation("engagement.removeTarget"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            if (target != null) {
                kpi.setValue(target.kpi());
                month.setValue(target.month());
                value.setValue(target.target());
            }
            kpi.addValueChangeListener(e -> updateValue());
            month.addValueChangeListener(e -> updateValue());
            value.addValueChangeListener(e -> updateValue());
            add(kpi, month, value, remove);
        }

        @Nullable
        EngagementTarget value() {
            if (kpi.getValue() == null || value.getValue() == null) {
                return null;
            }
            return new EngagementTarget(kpi.getValue(), month.getValue(), value.getValue());
        }
    }
}
