package app.baton.shared.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import org.jspecify.annotations.Nullable;

/**
 * Why an upload was refused, said where the reader sees it. Vaadin's upload shows its own generic text for a file the
 * server rejects (the "forbidden" wording, which reads as "no permission"), not the reason given; this paragraph
 * under the upload carries the file's name and the reason in the reader's language, is announced to screen readers,
 * and the upload's list is emptied so that the next file can be chosen at once.
 */
public final class UploadRefusal extends Paragraph {

    private @Nullable Upload upload;

    public UploadRefusal() {
        addClassNames("error-text", "upload-refusal", "wrap-text");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    /** The upload whose refusals this shows (its file list is emptied on a refusal); returns it. */
    public Upload watch(Upload upload) {
        this.upload = upload;
        return upload;
    }

    /** Refuses the upload and shows {@code reason} (already translated); call from the upload handler. */
    public void refuse(UploadEvent event, String reason) {
        event.reject(reason);
        String text = getTranslation("upload.refused", event.getFileName(), reason);
        event.getUI().access(() -> {
            setText(text);
            setVisible(true);
            if (upload != null) {
                upload.clearFileList();
            }
        });
    }

    /** Hides an earlier reason once a file was accepted; call from the upload handler. */
    public void clear(UploadEvent event) {
        event.getUI().access(() -> setVisible(false));
    }
}
