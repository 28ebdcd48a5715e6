package app.baton.reports;

import app.baton.reports.internal.ReportAttachmentEntity;
import app.baton.reports.internal.ReportAttachmentRepository;
import app.baton.reports.internal.ReportVersionEntity;
import app.baton.reports.internal.ReportVersionRepository;
import app.baton.reports.parsing.ReportRow;
import app.baton.shared.DomainException;
import app.baton.shared.storage.Download;
import app.baton.shared.storage.FileStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A report version's stored files, for whoever may see the version: the metrics file as it was sent, its
 * attachments, and the parsed rows; another company's or another agency's version is not found.
 */
@Service
public class ReportFileService {

    private final EngagementQueryService engagements;
    private final ReportVersionRepository versions;
    private final ReportAttachmentRepository attachments;
    private final FileStore files;

    ReportFileService(
            EngagementQueryService engagements,
            ReportVersionRepository versions,
            ReportAttachmentRepository attachments,
            FileStore files) {
        this.engagements = engagements;
        this.versions = versions;
        this.attachments = attachments;
        this.files = files;
    }

    /** A version's parsed rows, read back from the store. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR','VENDOR')")
    @Transactional(readOnly = true)
    public List<ReportRow> rows(long versionId) {
        return storedRows(visibleVersion(versionId));
    }

    /** A version's rows from the store (the caller checked it may see the version). */
    List<ReportRow> storedRows(ReportVersionEntity version) {
        try {
            return RowStore.read(files, version.rowsStorageKey());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a version's raw metrics file; the caller closes the stream. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR','VENDOR')")
    @Transactional(readOnly = true)
    public Download openFile(long versionId) {
        ReportVersionEntity v = visibleVersion(versionId);
        return download(v.fileName(), v.mediaType(), v.sizeBytes(), v.storageKey());
    }

    /** Opens an attachment of a version; the caller closes the stream. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR','VENDOR')")
    @Transactional(readOnly = true)
    public Download openAttachment(long attachmentId) {
        ReportAttachmentEntity a =
                attachments.findById(attachmentId).orElseThrow(() -> new DomainException("report.notFound"));
        visibleVersion(a.reportVersionId());
        return download(a.fileName(), a.mediaType(), a.sizeBytes(), a.storageKey());
    }

    private Download download(String name, String type, long size, String key) {
        try {
            return new Download(name, type, size, files.open(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version if the signed-in person may see it (its engagement is visible to them). */
    ReportVersionEntity visibleVersion(long versionId) {
        ReportVersionEntity version =
                versions.findById(versionId).orElseThrow(() -> new DomainException("report.notFound"));
        try {
            engagements.visible(version.engagementId());
        } catch (DomainException e) {
            throw new DomainException("report.notFound");
        }
        return version;
    }
}
