package app.baton.reports.ui;

import app.baton.reports.AgencyLayoutService;
import app.baton.reports.ReportCheckService;
import app.baton.reports.parsing.Field;
import app.baton.security.Roles;
import app.baton.shared.DomainException;
import app.baton.shared.ui.Refusals;
import app.baton.shared.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An agency teaches Baton its own report layout once: it drops a sample file, says which column holds what, and
 * the mapping is used for its files that no known format recognises, in every company it serves.
 */
@Route("engagements/layout")
@RolesAllowed(Roles.VENDOR)
class ColumnMappingView extends VerticalLayout implements HasDynamicTitle {

    private final ReportCheckService reports;
    private final AgencyLayoutService layouts;
    private final Div mapping = new Div();
    private final Paragraph saved = new Paragraph();

    public ColumnMappingView(ReportCheckService reports, AgencyLayoutService layouts) {
        this.reports = reports;
        this.layouts = layouts;
        addClassName("page");
        Paragraph intro = new Paragraph(getTranslation("mapping.intro"));
        app.baton.shared.ui.UploadRefusal refusal = new app.baton.shared.ui.UploadRefusal();
        Upload sample = refusal.watch(new Upload(event -> {
            try (InputStream in = event.getInputStream()) {
                List<String> headers = reports.headersOf(event.getFileName(), in);
                refusal.clear(event);
                event.getUI().access(() -> showHeaders(headers));
            } catch (DomainException e) {
                refusal.refuse(event, getTranslation(e.messageKey(), e.arguments()));
            } catch (IOException e) {
                refusal.refuse(event, getTranslation("file.unreadable"));
            }
        }));
        sample.setAcceptedFileTypes(".csv", ".tsv", ".txt", ".xlsx");
        sample.setI18n(app.baton.shared.ui.UploadTexts.of(
                this, "mapping.addSample", "mapping.addSample", "mapping.dropSample", "mapping.dropSample"));
        sample.setMaxFiles(1);
        sample.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, reports.maxBytes()));
        add(new H2(getTranslation("mapping.title")), intro, saved, sample, refusal, mapping);
        showSaved();
    }

    private void showSaved() {
        Map<String, Field> current = layouts.savedMapping();
        saved.setText(
                current.isEmpty()
                        ? getTranslation("mapping.none")
                        : getTranslation(
                                "mapping.current",
                                String.join(
                                        " · ",
                                        current.entrySet().stream()
                                                .map(e -> e.getKey() + " → "
                                                        + getTranslation("field."
                                                                + e.getValue().name()))
                                                .toList())));
    }

    private void showHeaders(List<String> headers) {
        mapping.removeAll();
        FormLayout form = new FormLayout();
        Map<String, Select<Field>> selects = new LinkedHashMap<>();
        List<Field> choices = Arrays.stream(Field.values()).toList();
        for (String header : headers) {
            Select<Field> select = new Select<>();
            select.setLabel(header);
            select.setItems(choices);
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(getTranslation("mapping.unused"));
            select.setItemLabelGenerator(
                    f -> f == null ? getTranslation("mapping.unused") : getTranslation("field." + f.name()));
            selects.put(header, select);
            form.add(select);
        }
        Button save = new Button(getTranslation("mapping.save"), click -> {
            Map<String, Field> columns = new LinkedHashMap<>();
            selects.forEach((header, select) -> {
                if (select.getValue() != null) {
                    columns.put(header, select.getValue());
                }
            });
            new Refusals().run(() -> {
                layouts.saveMapping(columns);
                Toasts.success("mapping.saved");
                showSaved();
                mapping.removeAll();
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        mapping.add(new H3(getTranslation("mapping.columns")), form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mapping.title");
    }
}
