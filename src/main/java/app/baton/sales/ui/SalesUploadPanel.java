package app.baton.sales.ui;

import app.baton.sales.SalesService;
import app.baton.shared.DomainException;
import app.baton.shared.ui.UploadRefusal;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Drop the shop's order export (Shopify, SHOPLINE, 91APP, CYBERBIZ…) or Baton's daily-totals template; the server
 * reads it, and a refusal says why under the upload. The template downloads in the reader's language.
 */
final class SalesUploadPanel extends Div {

    SalesUploadPanel(SalesService sales, Consumer<SalesService.UploadView> uploaded) {
        addClassName("sales-upload-panel");
        long max = sales.maxBytes();
        UploadRefusal refusal = new UploadRefusal();
        Upload file = refusal.watch(new Upload(event -> {
            try (InputStream in = event.getInputStream()) {
                SalesService.UploadView view = sales.upload(event.getFileName(), in);
                refusal.clear(event);
                event.getUI().access(() -> uploaded.accept(view));
            } catch (DomainException e) {
                refusal.refuse(event, getTranslation(e.messageKey(), e.arguments()));
            } catch (java.io.IOException e) {
                refusal.refuse(event, getTranslation("file.unreadable"));
            }
        }));
        file.setAcceptedFileTypes(".csv", ".tsv", ".txt", ".xlsx");
        file.setMaxFiles(1);
        file.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max));
        file.setI18n(app.baton.shared.ui.UploadTexts.of(
                this, "sales.upload.add", "sales.upload.add", "sales.upload.drop", "sales.upload.drop"));
        file.addClassName("sales-upload-field");
        Paragraph hint = new Paragraph(getTranslation("sales.upload.hint", max / (1024 * 1024)));
        hint.addClassNames("hint", "wrap-text");
        String language = getLocale().getLanguage().equals("en") ? "en" : "zh-TW";
        String templateName = "baton-daily-template-" + language + ".csv";
        Anchor template = new Anchor(
                DownloadHandler.forClassResource(SalesUploadPanel.class, "/sales/" + templateName, templateName),
                getTranslation("sales.template.download"));
        template.addClassName("sales-template");
        add(new H3(getTranslation("sales.upload.title")), file, refusal, hint, template);
    }
}
