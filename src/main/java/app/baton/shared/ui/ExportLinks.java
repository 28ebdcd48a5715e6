package app.baton.shared.ui;

import app.baton.shared.export.Exports;
import app.baton.shared.export.Table;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * "Export CSV · Export XLSX" beside a list: the table is built when the link is clicked (with the list's current
 * filter, on the request of the person clicking, so the service checks their rights), neutralised and downloaded.
 */
public class ExportLinks extends FlexLayout {

    public ExportLinks(String fileName, Supplier<Table> table) {
        addClassName("export-links");
        add(VaadinIcon.DOWNLOAD_ALT.create());
        add(link(fileName + ".csv", "export.csv", () -> Exports.csv(table.get()), Exports.CSV_TYPE));
        add(new Span("·"));
        add(link(fileName + ".xlsx", "export.xlsx", () -> Exports.xlsx(List.of(table.get())), Exports.XLSX_TYPE));
    }

    private Anchor link(String name, String labelKey, Supplier<byte[]> bytes, String type) {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        Anchor a = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    // built inside the UI (its locale, its time zone) though the download is a request of its own
                    byte[][] built = new byte[1][];
                    ui.accessSynchronously(() -> built[0] = bytes.get());
                    byte[] content = built[0];
                    return new DownloadResponse(new ByteArrayInputStream(content), name, type, content.length);
                }),
                getTranslation(labelKey));
        a.getElement().setAttribute("download", true);
        a.addClassName("export-link");
        return a;
    }
}
