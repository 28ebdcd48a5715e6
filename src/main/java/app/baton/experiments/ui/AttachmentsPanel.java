package app.baton.experiments.ui;

import app.baton.experiments.ExperimentAttachmentService;
import app.baton.experiments.ExperimentAttachmentService.AttachmentView;
import app.baton.shared.DomainException;
import app.baton.shared.Formats;
import app.baton.shared.ui.StoredFileDownload;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.List;

/**
 * The files attached to an experiment's results: download links (through the application, which checks the company)
 * and, while results may still come, an upload that takes PDF, PNG, JPEG and CSV up to the size limit. The browser's
 * checks are a convenience; the server checks size and content again.
 */
class AttachmentsPanel extends Div {

    private final ExperimentAttachmentService attachments;
    private final long experimentId;
    private final ZoneId zone;
    private final Div list = new Div();

    AttachmentsPanel(ExperimentAttachmentService attachments, long experimentId, boolean mayAttach, ZoneId zone) {
        this.attachments = attachments;
        this.experimentId = experimentId;
        this.zone = zone;
        addClassName("attachments");
        add(new H3(getTranslation("experiment.attachments.title")), list);
        if (mayAttach) {
            app.baton.shared.ui.UploadRefusal refusal = new app.baton.shared.ui.UploadRefusal();
            Upload upload = refusal.watch(new Upload(event -> {
                try (InputStream in = event.getInputStream()) {
                    attachments.attach(experimentId, event.getFileName(), in);
                    refusal.clear(event);
                    event.getUI().access(this::refresh);
                } catch (DomainException e) {
                    refusal.refuse(event, getTranslation(e.messageKey(), e.arguments()));
                } catch (IOException e) {
                    refusal.refuse(event, getTranslation("file.unreadable"));
                }
            }));
            upload.setAcceptedFileTypes(".pdf", ".png", ".jpg", ".jpeg", ".csv");
            upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, attachments.maxBytes()));
            upload.setI18n(app.baton.shared.ui.UploadTexts.of(
                    this, "upload.addFile", "upload.addFiles", "upload.dropFile", "upload.dropFiles"));
            Paragraph hint = new Paragraph(
                    getTranslation("experiment.attachments.hint", attachments.maxBytes() / (1024 * 1024)));
            hint.addClassName("hint");
            add(upload, refusal, hint);
        }
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<AttachmentView> files = attachments.attachments(experimentId);
        if (files.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("experiment.attachments.none"));
            none.addClassName("hint");
            list.add(none);
        }
        for (AttachmentView file : files) {
            Anchor download = new Anchor(StoredFileDownload.of(() -> attachments.open(file.id())), file.fileName());
            Span meta = new Span(" · " + Formats.number(Math.max(1, file.size() / 1024), getLocale()) + " KB · "
                    + file.uploadedBy() + " · " + Formats.dateTime(file.uploadedAt(), zone, getLocale()));
            meta.addClassName("hint");
            list.add(new Div(download, meta));
        }
    }
}
