package app.baton.shared.ui;

import app.baton.shared.DomainException;
import app.baton.shared.storage.Download;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * A download link for a stored file, opened through a service that checks who may see it. The check runs again on
 * every click (a link handed out earlier is not a pass): someone who has lost access since gets a plain 403, a file
 * no longer visible — or whose stored copy cannot be read — a 404 — never the file, and never an error page with a stack trace in the log.
 */
public final class StoredFileDownload {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StoredFileDownload.class);

    private StoredFileDownload() {}

    public static DownloadHandler of(Supplier<Download> open) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                Download file = open.get();
                return new DownloadResponse(file.content(), file.fileName(), file.mediaType(), file.size());
            } catch (AccessDeniedException e) {
                return DownloadResponse.error(403);
            } catch (DomainException e) {
                return DownloadResponse.error(404);
            } catch (java.io.UncheckedIOException e) {
                // the record is there but its file is not (lost from the store, or a restore without it)
                log.warn("A stored file cannot be read: {}", e.getCause().toString());
                return DownloadResponse.error(404);
            }
        });
    }
}
