package app.baton.experiments;

import app.baton.experiments.internal.AttachmentEntity;
import app.baton.experiments.internal.AttachmentRepository;
import app.baton.experiments.internal.ExperimentEntity;
import app.baton.experiments.internal.ExperimentRepository;
import app.baton.security.AccountDirectory;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.security.MembershipRole;
import app.baton.shared.DomainException;
import app.baton.shared.storage.Download;
import app.baton.shared.storage.FileStore;
import app.baton.shared.storage.Uploads;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to an experiment's results (PDF, PNG, JPEG, CSV): the size is limited while reading, the type is
 * told by the content and must match the name, the file is kept unchanged with its SHA-256, and downloads check the
 * company like every other read.
 */
@Service
public class ExperimentAttachmentService {

    private static final int MAX_FILES = 10;

    private final AttachmentRepository attachments;
    private final ExperimentRepository experiments;
    private final FileStore files;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final long maxBytes;

    ExperimentAttachmentService(
            AttachmentRepository attachments,
            ExperimentRepository experiments,
            FileStore files,
            AccountDirectory accounts,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            ExperimentProperties properties) {
        this.attachments = attachments;
        this.experiments = experiments;
        this.files = files;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.maxBytes = properties.maxBytes();
    }

    /** An attachment as listed. */
    public record AttachmentView(
            long id,
            String fileName,
            String mediaType,
            long size,
            String sha256,
            Instant uploadedAt,
            String uploadedBy) {}

    /** The largest file accepted, in bytes (the upload component shows it; the server enforces it). */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Attaches a file to a running experiment or one whose results were submitted, by its proposer or a founder.
     * Nothing is kept when the file is refused.
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public AttachmentView attach(long experimentId, String fileName, InputStream content) {
        ExperimentEntity experiment =
                experiments.findById(experimentId).orElseThrow(() -> new DomainException("experiment.notFound"));
        MembershipInfo membership = currentUser.requireMembership();
        long me = currentUser.require().userId();
        if (experiment.proposerUserId() != me && membership.role() != MembershipRole.FOUNDER) {
            throw new DomainException("experiment.proposerOnly");
        }
        if (experiment.status() != ExperimentStatus.RUNNING
                && experiment.status() != ExperimentStatus.RESULTS_SUBMITTED) {
            throw new DomainException("experiment.attachments.notNow");
        }
        if (attachments.findByExperimentIdOrderByUploadedAtAsc(experimentId).size() >= MAX_FILES) {
            throw new DomainException("experiment.attachments.tooMany", MAX_FILES);
        }
        String name = Uploads.displayName(fileName);
        Uploads.Checked checked;
        try {
            checked = Uploads.check(name, content, maxBytes, Uploads.ATTACHMENT_TYPES);
        } catch (IOException e) {
            throw new DomainException("file.unreadable");
        }
        @Nullable String key = null;
        try {
            key = files.put(membership.tenantId(), checked.file());
            AttachmentEntity saved = attachments.saveAndFlush(new AttachmentEntity(
                    experimentId,
                    name,
                    checked.mediaType(),
                    checked.size(),
                    checked.sha256(),
                    key,
                    me,
                    clock.instant()));
            events.publishEvent(new ExperimentEvents.ExperimentChanged(
                    membership.tenantId(),
                    me,
                    membership.role().name(),
                    ExperimentAction.ATTACHMENT_ADDED,
                    experimentId,
                    experiment.title(),
                    experiment.proposerUserId(),
                    Set.of(),
                    "#" + experimentId + " " + name + " (" + checked.mediaType() + ", " + checked.size()
                            + " bytes, sha256 " + checked.sha256() + ")",
                    null));
            return view(saved, Map.of(me, currentUser.require().displayName()));
        } catch (IOException e) {
            throw new DomainException("file.unreadable");
        } catch (RuntimeException e) {
            deleteQuietly(key);
            throw e;
        } finally {
            try {
                Files.deleteIfExists(checked.file());
            } catch (IOException ignored) {
                // a temporary file the system cleans up anyway
            }
        }
    }

    /** The files of an experiment, oldest first. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public List<AttachmentView> attachments(long experimentId) {
        List<AttachmentEntity> found = attachments.findByExperimentIdOrderByUploadedAtAsc(experimentId);
        Map<Long, String> names = accounts.displayNames(
                found.stream().map(AttachmentEntity::uploadedByUserId).toList());
        return found.stream().map(a -> view(a, names)).toList();
    }

    /** Opens one attachment of the current company for download; the caller closes the stream. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public Download open(long attachmentId) {
        AttachmentEntity attachment = attachments
                .findById(attachmentId)
                .orElseThrow(() -> new DomainException("experiment.attachments.notFound"));
        try {
            return new Download(
                    attachment.fileName(),
                    attachment.mediaType(),
                    attachment.size(),
                    files.open(attachment.storageKey()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteQuietly(@Nullable String key) {
        if (key == null) {
            return;
        }
        try {
            files.delete(key);
        } catch (IOException ignored) {
            // nothing points at it; it only takes space
        }
    }

    private static AttachmentView view(AttachmentEntity a, Map<Long, String> names) {
        return new AttachmentView(
                a.id(),
                a.fileName(),
                a.mediaType(),
                a.size(),
                a.sha256(),
                a.uploadedAt(),
                names.getOrDefault(a.uploadedByUserId(), "#" + a.uploadedByUserId()));
    }
}
