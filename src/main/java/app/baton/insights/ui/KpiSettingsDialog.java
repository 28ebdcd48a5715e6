package app.baton.insights.ui;

import app.baton.insights.KpiSettingsService;
import app.baton.insights.TrendKpi;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Founders set the company's KPI targets and the customer assumptions CLTV needs (purchases per year, years as a
 * customer, gross margin in percent). Shares (ROI, CR) are typed in percent. Errors show next to the field.
 */
final class KpiSettingsDialog extends Dialog {

    private final KpiSettingsService service;
    private final Runnable saved;
    private final KpiSettingsService.Settings current;
    private final BigDecimalField purchases = new BigDecimalField();
    private final BigDecimalField years = new BigDecimalField();
    private final BigDecimalField margin = new BigDecimalField();
    private final Map<TrendKpi, BigDecimalField> targets = new EnumMap<>(TrendKpi.class);

    KpiSettingsDialog(KpiSettingsService service, Runnable saved) {
        this.service = service;
        this.saved = saved;
        this.current = service.settings();
        setHeaderTitle(getTranslation("kpiSettings.title"));
        addClassName("kpi-settings-dialog");
        setWidth("min(720px, 96vw)");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        purchases.setLabel(getTranslation("kpiSettings.purchasesPerYear"));
        years.setLabel(getTranslation("kpiSettings.expectedYears"));
        margin.setLabel(getTranslation("kpiSettings.grossMargin"));
        margin.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        purchases.setValue(current.assumptions().purchasesPerYear());
        years.setValue(current.assumptions().expectedYears());
        BigDecimal m = current.assumptions().grossMargin();
        margin.setValue(m == null ? null : m.multiply(BigDecimal.valueOf(100)).stripTrailingZeros());
        form.add(purchases, years, margin);
        H4 targetsTitle = new H4(getTranslation("kpiSettings.targets"));
        form.add(targetsTitle, 2);
        for (TrendKpi kpi : TrendKpi.values()) {
            BigDecimalField field = new BigDecimalField(getTranslation("kpi.trend." + kpi.name()));
            BigDecimal value = current.targets().get(kpi);
            if (kpi.share()) {
                field.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
                value = value == null
                        ? null
                        : value.multiply(BigDecimal.valueOf(100)).stripTrailingZeros();
            }
            field.setValue(value);
            targets.put(kpi, field);
            form.add(field);
        }
        Paragraph hint = new Paragraph(getTranslation("kpiSettings.hint"));
        hint.addClassName("hint");
        add(hint, form);
        Button save = new Button(getTranslation("common.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void save() {
        clearErrors();
        Map<TrendKpi, BigDecimal> values = new EnumMap<>(TrendKpi.class);
        targets.forEach((kpi, field) -> {
            BigDecimal v = field.getValue();
            if (v != null) {
                values.put(kpi, kpi.share() ? v.movePointLeft(2) : v);
            }
        });
        BigDecimal m = margin.getValue();
        Refusals refusals = new Refusals().field(margin, "kpiSettings.marginAboveOne");
        BigDecimalField negative = firstNegative();
        if (negative != null) {
            refusals.field(negative, "kpiSettings.negative");
        }
        refusals.run(() -> {
            service.save(
                    current.version(),
                    new TrendKpi.Assumptions(
                            purchases.getValue(), years.getValue(), m == null ? null : m.movePointLeft(2)),
                    values);
            Toasts.success("kpiSettings.saved");
            close();
            saved.run();
        });
    }

    private @Nullable BigDecimalField firstNegative() {
        for (BigDecimalField f : fields()) {
            if (f.getValue() != null && f.getValue().signum() < 0) {
                return f;
            }
        }
        return null;
    }

    private java.util.List<BigDecimalField> fields() {
        java.util.List<BigDecimalField> all = new java.util.ArrayList<>(java.util.List.of(purchases, years, margin));
        all.addAll(targets.values());
        return all;
    }

    private void clearErrors() {
        fields().forEach(f -> f.setInvalid(false));
    }
}
