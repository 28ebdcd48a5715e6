package app.baton.reports;

import app.baton.reports.checks.Flag;
import app.baton.reports.checks.ReportChecks;
import app.baton.reports.internal.EngagementEntity;
import app.baton.reports.parsing.ParsedReport;
import app.baton.reports.parsing.ReportParser;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.shared.DomainException;
import app.baton.shared.TextLimits;
import app.baton.shared.storage.FileStore;
import app.baton.shared.storage.Uploads;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Monthly report versions: an agency's people upload a metrics file (CSV or XLSX) for a month of an engagement,
 * with optional attachments; the file is checked on the server (size before it is read whole, type by content,
 * the parser's own limits), stored unchanged with its SHA-256, parsed and checked against the engagement's terms
 * and earlier accepted months. Each upload is a new version; earlier versions stay as they were.
 *
 * <p>The upload reads, checks and stores the files here; {@link ReportRecorder} writes its rows, {@link ReportHistory}
 * knows the earlier months, {@link ReportCheckService} checks a file without storing it, {@link ReportFileService}
 * opens what was stored, and {@link AgencyLayoutService} keeps the agency's layouts.
 */
@Service
public class ReportService {

    /** Metrics files by extension: what their content must be detected as. */
    static final Map<String, Set<String>> METRICS_TYPES = Map.of(
            // Tika names Big5 text octet-stream: the parser tells its encoding (TextEncoding) or refuses it clearly
            "csv", Set.of("text/plain", "text/csv", "application/octet-stream"),
            // Excel's 「Unicode 文字」 and Google Ads Editor: tab-separated UTF-16
            "tsv", Set.of("text/plain", "text/tab-separated-values", "application/octet-stream"),
            "txt", Set.of("text/plain", "text/tab-separated-values", "application/octet-stream"),
            "xlsx", Set.of("application/zip", "application/x-tika-ooxml", "application/x-tika-msoffice"));

    static final Map<String, Set<String>> ATTACHMENT_TYPES = Map.of(
            "pdf", Set.of("application/pdf"),
            "png", Set.of("image/png"),
            "jpg", Set.of("image/jpeg"),
            "jpeg", Set.of("image/jpeg"));

    static final int MAX_ATTACHMENTS = 5;

    private final EngagementQueryService engagements;
    private final AgencyLayoutService agencyLayouts;
    private final ReportRecorder recorder;
    private final ReportHistory history;
    private final FileStore files;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final long maxBytes;
    private final ReportGate gate;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writing;

    ReportService(
            EngagementQueryService engagements,
            AgencyLayoutService agencyLayouts,
            ReportRecorder recorder,
            ReportHistory history,
            FileStore files,
            CurrentUser currentUser,
            Clock clock,
            ReportGate gate,
            PlatformTransactionManager transactions,
            ReportProperties properties) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.gate = gate;
        this.engagements = engagements;
        this.agencyLayouts = agencyLayouts;
        this.recorder = recorder;
        this.history = history;
        this.files = files;
        this.currentUser = currentUser;
        this.clock = clock;
        this.maxBytes = properties.maxBytes();
    }

    /** A file handed in with an upload (an attachment); the caller closes the stream. */
    public record Incoming(String fileName, InputStream content) {}

    /** The result of an upload: the stored version, what was parsed, and every flag found. */
    public record Submitted(long versionId, int versionNumber, ParsedReport report, List<Flag> flags) {}

    /** The largest metrics file or attachment accepted, in bytes. */
    @PreAuthorize("isAuthenticated()")
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Uploads a new version of an engagement's report for {@code month}, by one of the engagement's agency's
     * people. Refusals (nothing is kept): {@code report.vendorsOnly}, {@code engagement.notFound}, {@code
     * report.monthOutsideTerm}, {@code report.monthInFuture}, {@code report.alreadyAccepted}, the file's own
     * ({@code file.*}, {@code report.*}).
     */
    @PreAuthorize("hasRole('VENDOR')")
    public Submitted upload(
            long engagementId,
            YearMonth month,
            String fileName,
            InputStream content,
            @Nullable String note,
            List<Incoming> extras) {
        MembershipInfo membership = currentUser.requireMembership();
        // read in a short transaction of its own: no database connection waits while the file is read, checked and
        // stored, which takes far longer than every statement of the upload together (decision 017)
        ReportRecorder.Basis basis =
                Objects.requireNonNull(readOnly.execute(status -> basis(engagementId, month, membership)));
        if (extras.size() > MAX_ATTACHMENTS) {
            throw new DomainException("report.tooManyAttachments", MAX_ATTACHMENTS);
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > TextLimits.TEXT) {
            throw new DomainException("report.noteTooLong", TextLimits.TEXT);
        }
        String name = Uploads.displayName(fileName);
        List<String> stored = new ArrayList<>();
        List<Uploads.Checked> temps = new ArrayList<>();
        try {
            Uploads.Checked checked = Uploads.check(name, content, maxBytes, METRICS_TYPES);
            temps.add(checked);
            ParsedReport report = gate.run(() -> ReportParser.parse(
                    Files.readAllBytes(checked.file()), limits(maxBytes), AgencyLayoutService.mapping(basis.layout())));
            requireCompanyCurrency(report, membership.currency());
            List<Flag> found = ReportChecks.run(report, month, basis.history());
            List<ReportRecorder.StoredAttachment> extraFiles = new ArrayList<>();
            for (Incoming extra : extras) {
                String extraName = Uploads.displayName(extra.fileName());
                Uploads.Checked file = Uploads.check(extraName, extra.content(), maxBytes, ATTACHMENT_TYPES);
                temps.add(file);
                extraFiles.add(new ReportRecorder.StoredAttachment(extraName, file, ""));
            }
            ReportRecorder.StoredFiles files = store(membership.tenantId(), checked, report, extraFiles, stored);
            return Objects.requireNonNull(writing.execute(status ->
                    recorder.record(basis, month, name, cleanNote, checked, report, found, files, membership)));
        } catch (IOException e) {
            files.deleteQuietly(stored);
            throw new DomainException("file.unreadable");
        } catch (DataIntegrityViolationException e) {
            // another upload for the same month took this version number at the same moment: uploads number their
            // versions under the engagement's lock, so only a writer that does not take it could get here
            files.deleteQuietly(stored);
            throw new DomainException("report.uploadedConcurrently");
        } catch (RuntimeException e) {
            files.deleteQuietly(stored);
            throw e;
        } finally {
            temps.forEach(t -> {
                try {
                    Files.deleteIfExists(t.file());
                } catch (IOException ignored) {
                    // a temporary file the system cleans up anyway
                }
            });
        }
    }

    /** The refusals that need the database, before the file is read; and what the file is checked against. */
    private ReportRecorder.Basis basis(long engagementId, YearMonth month, MembershipInfo membership) {
        EngagementEntity engagement = engagements.visible(engagementId);
        LocalDate today = LocalDate.now(clock.withZone(membership.zoneId()));
        if (month.isBefore(YearMonth.from(engagement.startDate()))
                || month.isAfter(YearMonth.from(engagement.endDate()))) {
            throw new DomainException("report.monthOutsideTerm");
        }
        if (month.isAfter(YearMonth.from(today))) {
            throw new DomainException("report.monthInFuture");
        }
        recorder.requireNotAccepted(engagementId, month);
        return new ReportRecorder.Basis(
                engagement,
                agencyLayouts.layoutOf(membership.vendorOrganisationId()),
                history.history(engagement, month));
    }

    /** Stores the file as sent, its parsed rows and the attachments, noting each key for removal on failure. */
    private ReportRecorder.StoredFiles store(
            long tenantId,
            Uploads.Checked checked,
            ParsedReport report,
            List<ReportRecorder.StoredAttachment> extras,
            List<String> stored)
            throws IOException {
        String key = files.put(tenantId, checked.file());
        stored.add(key);
        String rowsKey = RowStore.write(files, tenantId, report.rows());
        stored.add(rowsKey);
        List<ReportRecorder.StoredAttachment> kept = new ArrayList<>();
        for (ReportRecorder.StoredAttachment extra : extras) {
            String extraKey = files.put(tenantId, extra.file().file());
            stored.add(extraKey);
            kept.add(new ReportRecorder.StoredAttachment(extra.name(), extra.file(), extraKey));
        }
        return new ReportRecorder.StoredFiles(key, rowsKey, kept);
    }

    /**
     * Refuses a file whose figures are in another currency than the company's ({@code Amount spent (USD)}, a
     * {@code Currency code} column saying USD): its costs would be summed as if they were the company's money.
     */
    static void requireCompanyCurrency(ParsedReport report, String companyCurrency) {
        if (report.currency() != null && !report.currency().equalsIgnoreCase(companyCurrency)) {
            throw new DomainException("report.currencyNotCompany", report.currency(), companyCurrency);
        }
    }

    /** The parser's limits: the configured size, the default row and column limits. */
    static ReportParser.Limits limits(long maxBytes) {
        ReportParser.Limits defaults = ReportParser.Limits.defaults();
        return new ReportParser.Limits(
                maxBytes, defaults.maxRows(), defaults.maxColumns(), defaults.maxUnzippedBytes());
    }
}
