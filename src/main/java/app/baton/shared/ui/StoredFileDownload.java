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
 * no longer visible a 404 — never the file, and never an error page with a stack trace in the log.
 */
public final class StoredFileDownload {

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
            }
        });
    }
}
