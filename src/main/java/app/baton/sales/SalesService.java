package app.baton.sales;

import app.baton.sales.internal.SalesUploadEntity;
import app.baton.sales.internal.SalesUploadRepository;
import app.baton.sales.parsing.SalesLayout;
import app.baton.sales.parsing.SalesReader;
import app.baton.sales.parsing.SalesTally;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.shared.DomainException;
import app.baton.shared.storage.Download;
import app.baton.shared.storage.FileStore;
import app.baton.shared.storage.Uploads;
import app.baton.shared.tables.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The company's own sales: founders and successors upload order exports or daily totals; each upload is a version
 * kept unchanged with its SHA-256, its parsed orders beside it (customers as keyed hashes only), its figures per day
 * and channel in the database. The shop's order exports and the stores' daily totals are two sources that add up;
 * within each, for each day the latest upload covering it counts. A refused file stores nothing.
 *
 * <p>The months' verified figures, which the dashboard, the meeting and the reconciliation read, are {@link
 * SalesQueryService}.
 */
@Service
public class SalesService {

    /** Sales files by extension: what their content must be detected as (as for report files). */
    static final Map<String, Set<String>> SALES_TYPES = Map.of(
            "csv", Set.of("text/plain", "text/csv", "application/octet-stream"),
            "tsv", Set.of("text/plain", "text/tab-separated-values", "application/octet-stream"),
            "txt", Set.of("text/plain", "text/tab-separated-values", "application/octet-stream"),
            "xlsx", Set.of("application/zip", "application/x-tika-ooxml", "application/x-tika-msoffice"));

    private final SalesUploadRepository uploads;
    private final CustomerStore customers;
    private final SalesKeys keys;
    private final FileStore files;
    private final CurrentUser currentUser;
    private final SalesRecorder recorder;
    private final Clock clock;
    private final long maxBytes;
    private final SalesSettingsService settings;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writing;

    /** How the signed-in company's files are read: its settings and its customer-key function. */
    private record Reading(
            SalesSettingsService.Settings settings, java.util.function.Function<String, String> customerKey) {}

    SalesService(
            SalesSettingsService settings,
            SalesUploadRepository uploads,
            CustomerStore customers,
            SalesKeys keys,
            FileStore files,
            CurrentUser currentUser,
            SalesRecorder recorder,
            Clock clock,
            PlatformTransactionManager transactions,
            SalesProperties properties) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.settings = settings;
        this.uploads = uploads;
        this.customers = customers;
        this.keys = keys;
        this.files = files;
        this.currentUser = currentUser;
        this.recorder = recorder;
        this.clock = clock;
        this.maxBytes = properties.maxBytes();
    }

    /** A stored upload as the page and the API show it. */
    public record UploadView(
            long id,
            int version,
            SalesLayout layout,
            String fileName,
            long size,
            String sha256,
            @Nullable String encoding,
            LocalDate from,
            LocalDate to,
            int rows,
            int orders,
            int cancelled,
            BigDecimal revenue,
            int newCustomers,
            boolean attribution,
            int totalsMismatch,
            List<Integer> mismatchLines,
            Instant uploadedAt) {}

    /** The largest sales file accepted, in bytes. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Uploads the company's sales (an order export or the daily template), by a founder or successor; audited, and
     * the reconciliation re-checks the months it covers. Refusals (nothing is kept): the file's own ({@code file.*},
     * {@code report.*} for the file as a table, {@code sales.*} for its content).
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    public UploadView upload(String fileName, InputStream content) {
        MembershipInfo membership = currentUser.requireMembership();
        long tenantId = membership.tenantId();
        String name = Uploads.displayName(fileName);
        // how the file is read, in a short transaction of its own (it may make the company's key salt): none is open
        // while a file of up to 150 MB is read and tallied, so it holds no database connection (decision 017)
        Reading reading =
                Objects.requireNonNull(writing.execute(status -> new Reading(settings.current(), keys.customerKey())));
        List<String> stored = new ArrayList<>();
        Path rowsFile = null;
        Uploads.Checked checked = null;
        try {
            checked = Uploads.check(name, content, maxBytes, SALES_TYPES);
            rowsFile = Files.createTempFile("baton-sales-", ".csv.gz");
            Tallied tallied = readAndTally(checked, rowsFile, membership, reading);
            SalesReader.Read read = tallied.read();
            SalesTally tally = tallied.tally();
            Map<String, LocalDate> known =
                    Objects.requireNonNull(readOnly.execute(status -> customers.known(tenantId)));
            SalesTally.Result result = tally.finish(known);
            if (result.first() == null || result.last() == null) {
                throw new DomainException("sales.nothingSold");
            }
            String key = files.put(tenantId, checked.file());
            stored.add(key);
            String rowsKey = files.put(tenantId, rowsFile);
            stored.add(rowsKey);
            SalesRecorder.Upload upload =
                    new SalesRecorder.Upload(membership, name, checked, key, rowsKey, read, result, known);
            return Objects.requireNonNull(writing.execute(status -> recorder.record(upload)));
        } catch (IOException | UncheckedIOException e) {
            files.deleteQuietly(stored);
            throw new DomainException("file.unreadable");
        } catch (DataIntegrityViolationException e) {
            files.deleteQuietly(stored);
            throw new DomainException("sales.uploadedConcurrently");
        } catch (RuntimeException e) {
            files.deleteQuietly(stored);
            throw e;
        } finally {
            deleteTemp(rowsFile);
            deleteTemp(checked == null ? null : checked.file());
        }
    }

    /** What one pass over a file gives: how it was read, and its orders tallied per day and channel. */
    private record Tallied(SalesReader.Read read, SalesTally tally) {}

    /**
     * Reads the file once, mapped rather than read onto the heap (a large shop's year is over 100 MB), tallying its
     * orders and writing them, gzipped, to {@code rowsFile}.
     */
    private Tallied readAndTally(Uploads.Checked checked, Path rowsFile, MembershipInfo membership, Reading reading)
            throws IOException {
        try (Writer out = new java.io.BufferedWriter(
                        new OutputStreamWriter(new FastGzip(Files.newOutputStream(rowsFile)), StandardCharsets.UTF_8),
                        65_536);
                CSVPrinter printer = CSVFormat.DEFAULT.print(out);
                AsyncRows rows = new AsyncRows(printer);
                java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(checked.file())) {
            SalesTally tally = new SalesTally(rows, reading.settings().coupons());
            SalesReader.Options options = new SalesReader.Options(
                    membership.zoneId(),
                    LocalDate.now(clock.withZone(membership.zoneId())),
                    membership.currency(),
                    reading.customerKey(),
                    new Table.Limits(maxBytes, 5_000_000, 200, 4L * maxBytes),
                    reading.settings().reader());
            SalesReader.Read read = SalesReader.read(
                    channel.map(java.nio.channels.FileChannel.MapMode.READ_ONLY, 0, channel.size()), options, tally);
            return new Tallied(read, tally);
        }
    }

    /**
     * Reads a stored upload's file again with the company's current settings (its column mapping and coupon codes), as
     * a new version that counts for its days like any later upload; the file itself is the one kept unchanged. For
     * founders and the successor after they changed how sales are read. Refusals as for {@link #upload}, and {@code
     * sales.notFound}.
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    public UploadView reread(long uploadId) {
        SalesUploadEntity u = Objects.requireNonNull(readOnly.execute(
                status -> uploads.findById(uploadId).orElseThrow(() -> new DomainException("sales.notFound"))));
        try (InputStream in = files.open(u.storageKey())) {
            return upload(u.fileName(), in);
        } catch (IOException e) {
            throw new DomainException("file.unreadable");
        }
    }

    /** The company's uploads, newest first. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public List<UploadView> uploads() {
        return uploads.findAllByOrderByVersionNumberDesc().stream()
                .map(SalesService::view)
                .toList();
    }

    /** Opens an upload's raw file; the caller closes the stream. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public Download openFile(long uploadId) {
        SalesUploadEntity u = uploads.findById(uploadId).orElseThrow(() -> new DomainException("sales.notFound"));
        try {
            return new Download(u.fileName(), u.mediaType(), u.sizeBytes(), files.open(u.storageKey()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gzip at its fastest level: the stored rows are written once per upload and read rarely. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(java.io.OutputStream out) throws IOException {
            super(out, 65_536);
            def.setLevel(java.util.zip.Deflater.BEST_SPEED);
        }
    }

    static UploadView view(SalesUploadEntity u) {
        List<Integer> lines = u.totalsMismatchRows().isEmpty()
                ? List.of()
                : java.util.Arrays.stream(u.totalsMismatchRows().split(","))
                        .map(Integer::valueOf)
                        .toList();
        return new UploadView(
                u.id(),
                u.versionNumber(),
                SalesLayout.valueOf(u.layout()),
                u.fileName(),
                u.sizeBytes(),
                u.sha256(),
                u.textEncoding(),
                u.periodStart(),
                u.periodEnd(),
                u.rowCount(),
                u.orderCount(),
                u.cancelledCount(),
                u.revenue(),
                u.newCustomers(),
                u.hasAttribution(),
                u.totalsMismatch(),
                lines,
                u.uploadedAt());
    }

    static void deleteTemp(@Nullable Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a temporary file the system cleans up anyway
            }
        }
    }
}
