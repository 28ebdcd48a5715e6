package app.baton.sales.ui;

import app.baton.budgets.ChannelService;
import app.baton.sales.SalesSettingsService;
import app.baton.sales.parsing.SalesColumn;
import app.baton.sales.parsing.SalesMapping;
import app.baton.shared.DomainException;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.Toasts;
import app.baton.shared.ui.UploadRefusal;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the company's sales are read and judged, each in its own fold: the ROAS factor (the founder sets it, the
 * successor reads it), the coupon codes given to channels, and the column mapping for an export Baton does not know.
 */
final class SalesSettingsPanel extends Div {

    private final SalesSettingsService service;
    private final boolean founder;
    private final Map<String, String> channelNames = new LinkedHashMap<>();
    private final Div factor = new Div();
    private final Div coupons = new Div();
    private final Div mapping = new Div();
    private final Div mappingForm = new Div();

    SalesSettingsPanel(SalesSettingsService service, ChannelService channelService, boolean founder) {
        this.service = service;
        this.founder = founder;
        addClassName("sales-settings");
        for (ChannelService.ChannelView c : channelService.channels()) {
            if (!c.archived()) {
                channelNames.put(c.key(), c.name() != null ? c.name() : getTranslation("channel." + c.code()));
            }
        }
        Details factorFold = fold("sales.settings.factor.title", factor);
        Details couponFold = fold("sales.settings.coupons.title", coupons);
        Details mappingFold = fold("sales.settings.mapping.title", mapping);
        add(new H3(getTranslation("sales.settings.title")), factorFold, couponFold, mappingFold);
        render(service.settings());
    }

    private Details fold(String titleKey, Div content) {
        Details details = new Details(getTranslation(titleKey), content);
        details.addClassName("sales-settings-fold");
        details.setWidthFull();
        return details;
    }

    private void render(SalesSettingsService.Settings settings) {
        renderFactor(settings);
        renderCoupons(settings);
        renderMapping(settings);
    }

    private void renderFactor(SalesSettingsService.Settings settings) {
        factor.removeAll();
        Paragraph explain = new Paragraph(getTranslation(
                "sales.settings.factor.explain",
                settings.roasFactor().stripTrailingZeros().toPlainString()));
        explain.addClassName("wrap-text");
        factor.add(explain);
        if (!founder) {
            factor.add(hint("sales.settings.factor.founderOnly"));
            return;
        }
        BigDecimalField field = new BigDecimalField(getTranslation("sales.settings.factor.label"));
        field.setValue(settings.roasFactor().stripTrailingZeros());
        field.setSuffixComponent(new Span("×"));
        field.addClassName("sales-roas-factor");
        Button save = new Button(getTranslation("sales.settings.factor.save"), click -> {
            new Refusals().field(field, Refusals.ANY).run(() -> {
                render(service.saveRoasFactor(field.getValue()));
                Toasts.success("sales.settings.saved");
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(field, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("wrap-row");
        factor.add(row);
    }

    private void renderCoupons(SalesSettingsService.Settings settings) {
        coupons.removeAll();
        Paragraph explain = new Paragraph(getTranslation("sales.settings.coupons.explain"));
        explain.addClassName("wrap-text");
        coupons.add(explain);
        if (settings.coupons().isEmpty()) {
            coupons.add(hint("sales.settings.coupons.none"));
        }
        for (Map.Entry<String, String> e : settings.coupons().entrySet()) {
            Span line = new Span(getTranslation(
                    "sales.settings.coupons.line", e.getKey(), channelNames.getOrDefault(e.getValue(), e.getValue())));
            Button remove = new Button(getTranslation("sales.settings.coupons.remove"), click -> {
                render(service.removeCoupon(e.getKey()));
                Toasts.success("sales.settings.saved");
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.getElement()
                    .setAttribute("aria-label", getTranslation("sales.settings.coupons.removeOne", e.getKey()));
            HorizontalLayout row = new HorizontalLayout(line, remove);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.addClassName("sales-coupon");
            coupons.add(row);
        }
        TextField code = new TextField(getTranslation("sales.settings.coupons.code"));
        code.setMaxLength(40);
        code.addClassName("sales-coupon-code");
        Select<String> channel = new Select<>();
        channel.setLabel(getTranslation("sales.settings.coupons.channel"));
        channel.setItems(List.copyOf(channelNames.keySet()));
        channel.setItemLabelGenerator(k -> k == null ? "" : channelNames.getOrDefault(k, k));
        channel.addClassName("sales-coupon-channel");
        Button add = new Button(getTranslation("sales.settings.coupons.add"), click -> {
            new Refusals().field(code, Refusals.ANY).run(() -> {
                render(service.addCoupon(code.getValue(), channel.getValue() == null ? "" : channel.getValue()));
                Toasts.success("sales.settings.saved");
            });
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(code, channel, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("wrap-row");
        coupons.add(row, hint("sales.settings.fromNowOn"));
    }

    private void renderMapping(SalesSettingsService.Settings settings) {
        mapping.removeAll();
        mappingForm.removeAll();
        Paragraph explain = new Paragraph(getTranslation("sales.settings.mapping.explain"));
        explain.addClassName("wrap-text");
        mapping.add(explain);
        if (settings.mapping().isEmpty()) {
            mapping.add(hint("sales.settings.mapping.none"));
        } else {
            Span current = new Span(getTranslation(
                    "sales.settings.mapping.current",
                    String.join(
                            " · ",
                            settings.mapping().entrySet().stream()
                                    .map(e -> e.getKey() + " → "
                                            + getTranslation("sales.column."
                                                    + e.getValue().name()))
                                    .toList())));
            current.addClassNames("wrap-text", "sales-mapping-current");
            Button remove = new Button(getTranslation("sales.settings.mapping.remove"), click -> {
                render(service.removeMapping());
                Toasts.success("sales.settings.saved");
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            mapping.add(current, remove);
        }
        UploadRefusal refusal = new UploadRefusal();
        Upload sample = refusal.watch(new Upload(event -> {
            try (InputStream in = event.getInputStream()) {
                List<String> headers = service.headersOf(event.getFileName(), in);
                refusal.clear(event);
                event.getUI().access(() -> showHeaders(headers));
            } catch (DomainException e) {
                refusal.refuse(event, getTranslation(e.messageKey(), e.arguments()));
            } catch (IOException e) {
                refusal.refuse(event, getTranslation("file.unreadable"));
            }
        }));
        sample.setAcceptedFileTypes(".csv", ".tsv", ".txt", ".xlsx");
        sample.setMaxFiles(1);
        sample.setI18n(app.baton.shared.ui.UploadTexts.of(
                this,
                "sales.settings.mapping.sample",
                "sales.settings.mapping.sample",
                "sales.settings.mapping.drop",
                "sales.settings.mapping.drop"));
        sample.addClassName("sales-mapping-sample");
        mapping.add(sample, refusal, mappingForm, hint("sales.settings.fromNowOn"));
    }

    private void showHeaders(List<String> headers) {
        mappingForm.removeAll();
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        Map<String, Select<SalesColumn>> selects = new LinkedHashMap<>();
        for (String header : headers) {
            Select<SalesColumn> select = new Select<>();
            select.setLabel(header);
            select.setItems(SalesMapping.OFFERED);
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(getTranslation("sales.settings.mapping.unused"));
            select.setItemLabelGenerator(c -> c == null
                    ? getTranslation("sales.settings.mapping.unused")
                    : getTranslation("sales.column." + c.name()));
            selects.put(header, select);
            form.add(select);
        }
        Span error = new Span();
        error.addClassNames("error-text", "wrap-text");
        error.getElement().setAttribute("role", "alert");
        Button save = new Button(getTranslation("sales.settings.mapping.save"), click -> {
            Map<String, SalesColumn> columns = new LinkedHashMap<>();
            selects.forEach((header, select) -> {
                if (select.getValue() != null) {
                    columns.put(header, select.getValue());
                }
            });
            try {
                render(service.saveMapping(columns));
                Toasts.success("sales.settings.mapping.saved");
            } catch (DomainException e) {
                error.setText(getTranslation(e.messageKey(), translated(e.arguments())));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        mappingForm.add(hint("sales.settings.mapping.columns"), form, error, save);
    }

    private Object[] translated(Object[] arguments) {
        Object[] out = arguments.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof String s && s.startsWith("sales.column.")) {
                out[i] = getTranslation(s);
            }
        }
        return out;
    }

    private Paragraph hint(String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.addClassNames("hint", "wrap-text");
        return p;
    }
}
