package app.baton.reports;

import app.baton.reports.ReportEvents.ReportAction;
import app.baton.reports.checks.Flag;
import app.baton.reports.checks.History;
import app.baton.reports.checks.Metrics;
import app.baton.reports.checks.ReportChecks;
import app.baton.reports.internal.AgencyLayoutEntity;
import app.baton.reports.internal.ChannelSumEntity;
import app.baton.reports.internal.ChannelSumRepository;
import app.baton.reports.internal.EngagementEntity;
import app.baton.reports.internal.FlagEntity;
import app.baton.reports.internal.FlagRepository;
import app.baton.reports.internal.ReportAttachmentEntity;
import app.baton.reports.internal.ReportAttachmentRepository;
import app.baton.reports.internal.ReportMessageEntity;
import app.baton.reports.internal.ReportMessageRepository;
import app.baton.reports.internal.ReportVersionEntity;
import app.baton.reports.internal.ReportVersionRepository;
import app.baton.reports.parsing.ColumnMapping;
import app.baton.reports.parsing.Field;
import app.baton.reports.parsing.ParsedReport;
import app.baton.reports.parsing.ReportFormat;
import app.baton.reports.parsing.ReportParser;
import app.baton.reports.parsing.ReportRow;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.shared.DomainException;
import app.baton.shared.TextLimits;
import app.baton.shared.storage.Download;
import app.baton.shared.storage.FileStore;
import app.baton.shared.storage.Uploads;
import app.baton.tenancy.MembershipService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Monthly report versions: an agency's people upload a metrics file (CSV or XLSX) for a month of an engagement,
 * with optional attachments; the file is checked on the server (size before it is read whole, type by content,
 * the parser's own limits), stored unchanged with its SHA-256, parsed and checked against the engagement's terms
 * and earlier accepted months. Each upload is a new version; earlier versions stay as they were.
 *
 * <p>Size (over 300 lines): the upload as named steps, the check before an upload and a sample's headers share the
 * file limits, the check gate and the parser; the agency's layouts are {@link AgencyLayoutService}, and the stored
 * files could be a service of their own (decision 019, left).
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

    private final EngagementService engagements;
    private final ReportVersionRepository versions;
    private final FlagRepository flags;
    private final ReportMessageRepository messages;
    private final ReportAttachmentRepository attachments;
    private final AgencyLayoutService agencyLayouts;
    private final ChannelSumRepository channelSums;
    private final app.baton.budgets.ChannelService channels;
    private final MembershipService memberships;
    private final FileStore files;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final long maxBytes;
    private final ReportGate gate;
    private final Reconciliation reconciliation;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writing;

    ReportService(
            EngagementService engagements,
            ReportVersionRepository versions,
            FlagRepository flags,
            ReportMessageRepository messages,
            ReportAttachmentRepository attachments,
            AgencyLayoutService agencyLayouts,
            ChannelSumRepository channelSums,
            app.baton.budgets.ChannelService channels,
            MembershipService memberships,
            FileStore files,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            ReportGate gate,
            Reconciliation reconciliation,
            PlatformTransactionManager transactions,
            ReportProperties properties) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.reconciliation = reconciliation;
        this.gate = gate;
        this.engagements = engagements;
        this.versions = versions;
        this.flags = flags;
        this.messages = messages;
        this.attachments = attachments;
        this.agencyLayouts = agencyLayouts;
        this.channelSums = channelSums;
        this.channels = channels;
        this.memberships = memberships;
        this.files = files;
        this.currentUser = currentUser;
        this.events = events;
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
        Basis basis = Objects.requireNonNull(readOnly.execute(status -> basis(engagementId, month, membership)));
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
                    Files.readAllBytes(checked.file()), limits(), AgencyLayoutService.mapping(basis.layout())));
            requireCompanyCurrency(report, membership.currency());
            List<Flag> found = ReportChecks.run(report, month, basis.history());
            List<StoredAttachment> extraFiles = new ArrayList<>();
            for (Incoming extra : extras) {
                String extraName = Uploads.displayName(extra.fileName());
                Uploads.Checked file = Uploads.check(extraName, extra.content(), maxBytes, ATTACHMENT_TYPES);
                temps.add(file);
                extraFiles.add(new StoredAttachment(extraName, file, ""));
            }
            StoredFiles files = store(membership.tenantId(), checked, report, extraFiles, stored);
            return Objects.requireNonNull(writing.execute(
                    status -> record(basis, month, name, cleanNote, checked, report, found, files, membership)));
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

    /** What an upload is read and checked against: the engagement, the agency's layout, earlier accepted months. */
    private record Basis(
            EngagementEntity engagement, @Nullable AgencyLayoutEntity layout, History history) {}

    /** An attachment of an upload, checked, and once stored, its key. */
    private record StoredAttachment(String name, Uploads.Checked file, String key) {}

    /** Where an upload's files went: the report as sent, its parsed rows, its attachments. */
    private record StoredFiles(String key, String rowsKey, List<StoredAttachment> attachments) {}

    /** The refusals that need the database, before the file is read; and what the file is checked against. */
    private Basis basis(long engagementId, YearMonth month, MembershipInfo membership) {
        EngagementEntity engagement = engagements.visible(engagementId);
        LocalDate today = LocalDate.now(clock.withZone(membership.zoneId()));
        if (month.isBefore(YearMonth.from(engagement.startDate()))
                || month.isAfter(YearMonth.from(engagement.endDate()))) {
            throw new DomainException("report.monthOutsideTerm");
        }
        if (month.isAfter(YearMonth.from(today))) {
            throw new DomainException("report.monthInFuture");
        }
        requireNotAccepted(engagementId, month);
        return new Basis(
                engagement, agencyLayouts.layoutOf(membership.vendorOrganisationId()), history(engagement, month));
    }

    /** The month's newest version, refused if it is accepted: nothing more is uploaded for an accepted month. */
    private Optional<ReportVersionEntity> requireNotAccepted(long engagementId, YearMonth month) {
        Optional<ReportVersionEntity> newest =
                versions.findFirstByEngagementIdAndReportMonthOrderByVersionNumberDesc(engagementId, month.atDay(1));
        if (newest.isPresent() && newest.get().status() == ReviewStatus.ACCEPTED) {
            throw new DomainException("report.alreadyAccepted");
        }
        return newest;
    }

    /** Stores the file as sent, its parsed rows and the attachments, noting each key for removal on failure. */
    private StoredFiles store(
            long tenantId,
            Uploads.Checked checked,
            ParsedReport report,
            List<StoredAttachment> extras,
            List<String> stored)
            throws IOException {
        String key = files.put(tenantId, checked.file());
        stored.add(key);
        String rowsKey = RowStore.write(files, tenantId, report.rows());
        stored.add(rowsKey);
        List<StoredAttachment> kept = new ArrayList<>();
        for (StoredAttachment extra : extras) {
            String extraKey = files.put(tenantId, extra.file().file());
            stored.add(extraKey);
            kept.add(new StoredAttachment(extra.name(), extra.file(), extraKey));
        }
        return new StoredFiles(key, rowsKey, kept);
    }

    /**
     * The upload's rows, in one short transaction once its files are stored: the version (numbered after the
     * month's newest, which must still not be accepted), its per-channel sums, its flags with the reconciliation's,
     * its attachments, the thread's first message and the event that audits and notifies.
     */
    private Submitted record(
            Basis basis,
            YearMonth month,
            String name,
            @Nullable String cleanNote,
            Uploads.Checked checked,
            ParsedReport report,
            List<Flag> checks,
            StoredFiles stored,
            MembershipInfo membership) {
        EngagementEntity engagement = basis.engagement();
        // uploads of the engagement wait here for each other, so two of one month at once become two versions
        engagements.lockForUpload(engagement.id());
        int number = requireNotAccepted(engagement.id(), month)
                        .map(ReportVersionEntity::versionNumber)
                        .orElse(0)
                + 1;
        long me = currentUser.require().userId();
        Instant now = clock.instant();
        ReportVersionEntity version = versions.saveAndFlush(
                newVersion(basis, month, number, name, cleanNote, checked, report, stored, me, now));
        saveChannelSums(engagement, version, report);
        List<Flag> found = saveFlags(version, month, checks);
        saveAttachments(version, stored.attachments());
        messages.save(new ReportMessageEntity(
                version.id(), null, MessageKind.UPLOADED, cleanNote == null ? "" : cleanNote, me, now));
        events.publishEvent(new ReportEvents.ReportChanged(
                membership.tenantId(),
                me,
                membership.role().name(),
                ReportAction.SUBMITTED,
                engagement.id(),
                version.id(),
                month.toString(),
                engagement.title(),
                memberships.recipients(null),
                "v" + number + " " + month + " " + name + " (" + report.format() + ", "
                        + report.rows().size()
                        + " rows, " + checked.size() + " bytes, sha256 " + checked.sha256() + ", "
                        + found.size() + " flags)",
                null));
        return new Submitted(version.id(), number, report, found);
    }

    /** The version row: what was sent, where it is stored, its totals, and the layout and encoding it was read with. */
    private static ReportVersionEntity newVersion(
            Basis basis,
            YearMonth month,
            int number,
            String name,
            @Nullable String cleanNote,
            Uploads.Checked checked,
            ParsedReport report,
            StoredFiles stored,
            long me,
            Instant now) {
        Map<Field, BigDecimal> sums = report.totals();
        AgencyLayoutEntity layout = basis.layout();
        return new ReportVersionEntity(
                        basis.engagement().id(),
                        month.atDay(1),
                        number,
                        report.format(),
                        name,
                        checked.mediaType(),
                        checked.size(),
                        checked.sha256(),
                        stored.key(),
                        stored.rowsKey(),
                        report.rows().size(),
                        sums.get(Field.IMPRESSIONS),
                        sums.get(Field.CLICKS),
                        sums.get(Field.COST),
                        sums.get(Field.CONVERSIONS),
                        sums.get(Field.CONVERSION_VALUE),
                        sums.get(Field.NEW_CUSTOMERS),
                        clip(String.join("\n", report.definitions()), TextLimits.TEXT),
                        clip(String.join("\n", Metrics.campaigns(report)), TextLimits.LONG_TEXT),
                        cleanNote,
                        me,
                        now)
                .readWithLayout(layout != null && report.format() == ReportFormat.VENDOR_MAPPING ? layout.id() : null)
                .readInEncoding(report.encoding(), report.encodingDetected());
    }

    /** The version's sums per channel of the engagement's scope. */
    private void saveChannelSums(EngagementEntity engagement, ReportVersionEntity version, ParsedReport report) {
        ChannelKpis.byScope(
                        ChannelKpis.of(report),
                        channels.channels(EngagementService.channelIds(engagement.channelIds())),
                        report.format())
                .forEach((channelId, channelSums) ->
                        this.channelSums.save(new ChannelSumEntity(version.id(), channelId, channelSums)));
    }

    /** The checks' flags, and the reconciliation's against the company's own sales for the month (decision 015). */
    private List<Flag> saveFlags(ReportVersionEntity version, YearMonth month, List<Flag> checks) {
        for (Flag flag : checks) {
            flags.save(new FlagEntity(
                    version.id(),
                    flag.code(),
                    flag.severity(),
                    FlagText.encodeRows(flag.rows()),
                    FlagText.encodeArguments(flag.arguments())));
        }
        // written now: the reconciliation reads the channel sums saved above
        channelSums.flush();
        List<Flag> found = new ArrayList<>(checks);
        found.addAll(reconciliation.recheck(month, version.id()).getOrDefault(version.id(), List.of()));
        return found;
    }

    private void saveAttachments(ReportVersionEntity version, List<StoredAttachment> stored) {
        for (StoredAttachment extra : stored) {
            attachments.save(new ReportAttachmentEntity(
                    version.id(),
                    extra.name(),
                    extra.file().mediaType(),
                    extra.file().size(),
                    extra.file().sha256(),
                    extra.key()));
        }
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
    ReportParser.Limits limits() {
        ReportParser.Limits defaults = ReportParser.Limits.defaults();
        return new ReportParser.Limits(
                maxBytes, defaults.maxRows(), defaults.maxColumns(), defaults.maxUnzippedBytes());
    }

    /** What the checks know of an engagement before {@code month}: the latest accepted version of each month. */
    History history(EngagementEntity engagement, YearMonth month) {
        List<ReportVersionEntity> accepted =
                versions.findByEngagementIdAndStatusAndReportMonthBeforeOrderByReportMonthDesc(
                        engagement.id(), ReviewStatus.ACCEPTED, month.atDay(1));
        Map<YearMonth, History.Month> byMonth = new LinkedHashMap<>();
        for (ReportVersionEntity v : accepted) {
            YearMonth m = YearMonth.from(v.reportMonth());
            byMonth.putIfAbsent(m, new History.Month(m, sums(v), lines(v.campaigns()), lines(v.definitions())));
        }
        return new History(engagement.monthlyFee(), engagement.mediaSpendCap(), List.copyOf(byMonth.values()));
    }

    static Map<String, BigDecimal> sums(ReportVersionEntity v) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        put(sums, Field.IMPRESSIONS, v.impressions());
        put(sums, Field.CLICKS, v.clicks());
        put(sums, Field.COST, v.cost());
        put(sums, Field.CONVERSIONS, v.conversions());
        put(sums, Field.CONVERSION_VALUE, v.conversionValue());
        put(sums, Field.NEW_CUSTOMERS, v.newCustomers());
        return sums;
    }

    static EngagementKpi.Sums kpiSums(ReportVersionEntity v) {
        return new EngagementKpi.Sums(
                v.impressions(), v.clicks(), v.cost(), v.conversions(), v.conversionValue(), v.newCustomers());
    }

    private static void put(Map<String, BigDecimal> sums, Field field, @Nullable BigDecimal value) {
        if (value != null) {
            sums.put(Metrics.name(field), value);
        }
    }

    private static Set<String> lines(String text) {
        return text.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(text.split("\n")));
    }

    /** A file read and checked without storing anything. */
    public record CheckOutcome(ParsedReport report, List<Flag> flags) {}

    /**
     * Reads and checks a file for a month without storing it (the API's check): the single-file checks only. Runs in
     * the bulkhead like an upload. Refusals: as for reading an upload, and {@code report.busy}.
     */
    @PreAuthorize("hasRole('VENDOR')")
    public CheckOutcome check(YearMonth month, byte[] content) {
        MembershipInfo membership = currentUser.requireMembership();
        // the agency's own layout is read here as it is on upload: the check says what an upload would say
        ColumnMapping mapping = AgencyLayoutService.mapping(agencyLayouts.layoutOf(membership.vendorOrganisationId()));
        try {
            ParsedReport report = gate.run(() -> ReportParser.parse(content, limits(), mapping));
            requireCompanyCurrency(report, membership.currency());
            return new CheckOutcome(report, ReportChecks.run(report, month));
        } catch (IOException e) {
            throw new DomainException("report.unreadable");
        }
    }

    /** The column names of a sample file, to map them (refusals as for an upload). */
    @PreAuthorize("hasRole('VENDOR')")
    public List<String> headersOf(String fileName, InputStream content) {
        Uploads.Checked checked = null;
        try {
            checked = Uploads.check(Uploads.displayName(fileName), content, maxBytes, METRICS_TYPES);
            java.nio.file.Path sample = checked.file();
            return gate.run(() -> ReportParser.headerCandidates(Files.readAllBytes(sample), limits()));
        } catch (IOException e) {
            throw new DomainException("file.unreadable");
        } finally {
            if (checked != null) {
                try {
                    Files.deleteIfExists(checked.file());
                } catch (IOException ignored) {
                    // a temporary file the system cleans up anyway
                }
            }
        }
    }

    // ---- reading

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

    static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
