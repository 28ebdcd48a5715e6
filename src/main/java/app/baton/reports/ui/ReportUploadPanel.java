package app.baton.reports.ui;

import app.baton.reports.EngagementView;
import app.baton.reports.ReportService;
import app.baton.shared.DomainException;
import app.baton.shared.TextLimits;
import app.baton.shared.ui.UploadRefusal;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The agency's upload of a month's report: pick the month (last month by default), add a note and optional
 * attachments (PDF narrative, images), then drop the metrics file (CSV or XLSX); the upload shows its progress, the
 * server checks and parses it, and the new version opens. The browser's type and size checks are a convenience; the
 * server checks again.
 */
final class ReportUploadPanel extends Div {

    private final ComboBox<YearMonth> month = new ComboBox<>();
    private final TextArea note = new TextArea();
    private final List<Held> held = new ArrayList<>();
    private final Paragraph heldList = new Paragraph();

    private record Held(String name, byte[] content) {}

    ReportUploadPanel(
            ReportService reports,
            EngagementView engagement,
            ReportLabels labels,
            LocalDate today,
            LongConsumer opened) {
        addClassName("report-upload");
        long max = reports.maxBytes();
        List<YearMonth> months = new ArrayList<>();
        YearMonth now = YearMonth.from(today);
        for (YearMonth m = YearMonth.from(engagement.start());
                !m.isAfter(YearMonth.from(engagement.end())) && !m.isAfter(now);
                m = m.plusMonths(1)) {
            months.add(0, m);
        }
        month.setLabel(getTranslation("report.upload.month"));
        month.setItems(months);
        month.setItemLabelGenerator(m -> m == null ? "" : labels.month(m));
        month.setValue(
                months.contains(now.minusMonths(1)) ? now.minusMonths(1) : months.isEmpty() ? null : months.get(0));
        month.setRequired(true);
        note.setLabel(getTranslation("report.upload.note"));
        note.setMaxLength(TextLimits.TEXT);
        note.setWidthFull();

        UploadRefusal attachmentRefusal = new UploadRefusal();
        Upload attachments = attachmentRefusal.watch(new Upload(event -> {
            try (InputStream in = event.getInputStream()) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
                if (bytes.length > max) {
                    attachmentRefusal.refuse(event, getTranslation("file.tooLarge", max / (1024 * 1024)));
                    return;
                }
                attachmentRefusal.clear(event);
                event.getUI().access(() -> {
                    held.add(new Held(event.getFileName(), bytes));
                    heldList.setText(getTranslation(
                            "report.upload.attachmentsHeld",
                            String.join("、", held.stream().map(Held::name).toList())));
                });
            } catch (IOException e) {
                attachmentRefusal.refuse(event, getTranslation("file.unreadable"));
            }
        }));
        attachments.setAcceptedFileTypes(".pdf", ".png", ".jpg", ".jpeg");
        attachments.setMaxFiles(5);
        attachments.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max));
        attachments.setI18n(app.baton.shared.ui.UploadTexts.of(
                this,
                "report.upload.addAttachments",
                "report.upload.addAttachments",
                "report.upload.dropAttachments",
                "report.upload.dropAttachments"));

        UploadRefusal refusal = new UploadRefusal();
        Upload file = refusal.watch(new Upload(event -> {
            YearMonth chosen = month.getValue();
            if (chosen == null) {
                refusal.refuse(event, getTranslation("report.upload.monthRequired"));
                return;
            }
            try (InputStream in = event.getInputStream()) {
                List<ReportService.Incoming> extras = held.stream()
                        .map(h -> new ReportService.Incoming(h.name(), new ByteArrayInputStream(h.content())))
                        .toList();
                ReportService.Submitted submitted =
                        reports.upload(engagement.id(), chosen, event.getFileName(), in, note.getValue(), extras);
                event.getUI().access(() -> opened.accept(submitted.versionId()));
            } catch (DomainException e) {
                refusal.refuse(event, getTranslation(e.messageKey(), e.arguments()));
            } catch (IOException e) {
                refusal.refuse(event, getTranslation("file.unreadable"));
            }
        }));
        file.setAcceptedFileTypes(".csv", ".tsv", ".txt", ".xlsx");
        file.setMaxFiles(1);
        file.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max));
        file.setI18n(app.baton.shared.ui.UploadTexts.of(
                this,
                "report.upload.addFile",
                "report.upload.addFile",
                "report.upload.dropFile",
                "report.upload.dropFile"));
        file.addClassName("metrics-upload");
        Paragraph hint = new Paragraph(getTranslation("report.upload.hint", max / (1024 * 1024)));
        hint.addClassName("hint");
        Paragraph attachmentsHint = new Paragraph(getTranslation("report.upload.attachmentsHint"));
        attachmentsHint.addClassName("hint");
        add(
                new H3(getTranslation("report.upload.title")),
                month,
                note,
                attachmentsHint,
                attachments,
                attachmentRefusal,
                heldList,
                file,
                refusal,
                hint,
                new com.vaadin.flow.component.html.Anchor(
                        ReportNavigation.columnLayouts(), getTranslation("mapping.link")));
    }
}
