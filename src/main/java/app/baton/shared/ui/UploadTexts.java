package app.baton.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.List;

/** The texts of Vaadin's upload component in the reader's language, with the add and drop wording given. */
public final class UploadTexts {

    private UploadTexts() {}

    public static com.vaadin.flow.component.upload.UploadI18N of(
            Component owner, String addOneKey, String addManyKey, String dropOneKey, String dropManyKey) {
        var i18n = new com.vaadin.flow.component.upload.UploadI18N();
        i18n.setAddFiles(new com.vaadin.flow.component.upload.UploadI18N.AddFiles()
                .setOne(owner.getTranslation(addOneKey))
                .setMany(owner.getTranslation(addManyKey)));
        i18n.setDropFiles(new com.vaadin.flow.component.upload.UploadI18N.DropFiles()
                .setOne(owner.getTranslation(dropOneKey))
                .setMany(owner.getTranslation(dropManyKey)));
        i18n.setError(new com.vaadin.flow.component.upload.UploadI18N.Error()
                .setFileIsTooBig(owner.getTranslation("upload.tooBig"))
                .setIncorrectFileType(owner.getTranslation("upload.wrongType"))
                .setTooManyFiles(owner.getTranslation("upload.tooMany")));
        i18n.setUploading(new com.vaadin.flow.component.upload.UploadI18N.Uploading()
                .setStatus(new com.vaadin.flow.component.upload.UploadI18N.Uploading.Status()
                        .setConnecting(owner.getTranslation("upload.connecting"))
                        .setProcessing(owner.getTranslation("upload.processing"))
                        .setHeld(owner.getTranslation("upload.held"))
                        .setStalled(owner.getTranslation("upload.stalled")))
                .setRemainingTime(new com.vaadin.flow.component.upload.UploadI18N.Uploading.RemainingTime()
                        .setPrefix(owner.getTranslation("upload.remaining"))
                        .setUnknown(owner.getTranslation("upload.remainingUnknown")))
                .setError(new com.vaadin.flow.component.upload.UploadI18N.Uploading.Error()
                        .setServerUnavailable(owner.getTranslation("upload.serverUnavailable"))
                        .setUnexpectedServerError(owner.getTranslation("upload.serverError"))
                        .setForbidden(owner.getTranslation("upload.forbidden"))));
        i18n.setUnits(new com.vaadin.flow.component.upload.UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB")));
        return i18n;
    }
}
