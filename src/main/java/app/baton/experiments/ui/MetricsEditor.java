package app.baton.experiments.ui;

import app.baton.experiments.Direction;
import app.baton.experiments.Metric;
import app.baton.experiments.MetricKind;
import app.baton.experiments.Proposal;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One to five success metrics, each a KPI (or a custom named one with a unit) with a baseline, a target and which
 * way is better. Shares are entered as fractions of one are awkward, so CR/CTR/ROI are typed in percent. A field of
 * the proposal form: its value is the metrics as typed, bound to {@code Proposal.metrics} like any other field.
 */
class MetricsEditor extends CustomField<List<Metric>> {

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Button add;

    MetricsEditor() {
        super(List.of());
        addClassName("metrics-editor");
        Paragraph hint = new Paragraph(getTranslation("experiment.metrics.hint"));
        hint.addClassName("hint");
        add = new Button(getTranslation("experiment.metrics.add"), VaadinIcon.PLUS.create(), click -> {
            addRow(null);
            updateValue();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // one child, so the custom field's row of inputs holds the whole editor, full width
        Div editor = new Div(new H3(getTranslation("experiment.metrics")), hint, list, add);
        editor.setWidthFull();
        editor.addClassName("metrics-editor-body");
        add(editor);
        setWidthFull();
        addRow(null);
    }

    /** The metrics as typed; rows with a missing number are left out (the service then says what is missing). */
    @Override
    protected List<Metric> generateModelValue() {
        List<Metric> metrics = new ArrayList<>();
        for (Row row : rows) {
            row.metric().ifPresent(metrics::add);
        }
        return List.copyOf(metrics);
    }

    @Override
    protected void setPresentationValue(List<Metric> metrics) {
        rows.clear();
        list.removeAll();
        add.setVisible(true);
        if (metrics.isEmpty()) {
            addRow(null);
        } else {
            metrics.forEach(this::addRow);
        }
    }

    private void addRow(@Nullable Metric metric) {
        if (rows.size() >= Proposal.MAX_METRICS) {
            return;
        }
        Row row = new Row(metric);
        rows.add(row);
        list.add(row);
        add.setVisible(rows.size() < Proposal.MAX_METRICS);
    }

    private final class Row extends FormLayout {
        final Select<MetricKind> kind = new Select<>();
        final TextField name = new TextField(getTranslation("experiment.metric.customName"));
        final TextField unit = new TextField(getTranslation("experiment.metric.unit"));
        final BigDecimalField baseline = new BigDecimalField(getTranslation("experiment.metric.baseline"));
        final BigDecimalField target = new BigDecimalField(getTranslation("experiment.metric.target"));
        final Select<Direction> direction = new Select<>();

        Row(@Nullable Metric metric) {
            addClassName("metric-row");
            kind.setLabel(getTranslation("experiment.metric.kind"));
            kind.setItems(MetricKind.values());
            kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("kpi." + k.name()));
            direction.setLabel(getTranslation("experiment.metric.direction"));
            direction.setItems(Direction.values());
            direction.setItemLabelGenerator(d -> d == null ? "" : getTranslation("experiment.direction." + d.name()));
            name.setMaxLength(60);
            unit.setMaxLength(20);
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                if (rows.size() > 1) {
                    rows.remove(this);
                    list.remove(this);
                    add.setVisible(true);
                    updateValue();
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("experiment.metrics.remove"));
            kind.addValueChangeListener(e -> {
                boolean custom = e.getValue() == MetricKind.CUSTOM;
                name.setVisible(custom);
                unit.setVisible(custom);
                if (e.isFromClient() && e.getValue() != null) {
                    direction.setValue(defaultDirection(e.getValue()));
                }
            });
            if (metric == null) {
                kind.setValue(MetricKind.CR);
                direction.setValue(Direction.HIGHER);
            } else {
                kind.setValue(metric.kind());
                name.setValue(metric.customName() == null ? "" : metric.customName());
                unit.setValue(metric.unit() == null ? "" : metric.unit());
                baseline.setValue(Shares.toShown(metric.kind(), metric.baseline()));
                target.setValue(Shares.toShown(metric.kind(), metric.target()));
                direction.setValue(metric.direction());
            }
            name.setVisible(kind.getValue() == MetricKind.CUSTOM);
            unit.setVisible(kind.getValue() == MetricKind.CUSTOM);
            baseline.addValueChangeListener(e -> updateValue());
            target.addValueChangeListener(e -> updateValue());
            kind.addValueChangeListener(e -> updateValue());
            direction.addValueChangeListener(e -> updateValue());
            name.addValueChangeListener(e -> updateValue());
            unit.addValueChangeListener(e -> updateValue());
            add(kind, name, unit, baseline, target, direction, remove);
            setResponsiveSteps(new ResponsiveStep("0", 2), new ResponsiveStep("640px", 4));
        }

        Optional<Metric> metric() {
            if (kind.getValue() == null || baseline.getValue() == null || target.getValue() == null) {
                return Optional.empty();
            }
            MetricKind k = kind.getValue();
            return Optional.of(new Metric(
                    k,
                    k == MetricKind.CUSTOM ? name.getValue() : null,
                    k == MetricKind.CUSTOM && !unit.getValue().isBlank() ? unit.getValue() : null,
                    Shares.fromShown(k, baseline.getValue()),
                    Shares.fromShown(k, target.getValue()),
                    direction.getValue() == null ? Direction.HIGHER : direction.getValue(),
                    null,
                    false));
        }
    }

    static Direction defaultDirection(MetricKind kind) {
        return switch (kind) {
            case CAC, CPC, CPA -> Direction.LOWER;
            default -> Direction.HIGHER;
        };
    }
}
