package app.baton.sales;

import app.baton.sales.internal.SalesDayEntity;
import app.baton.sales.internal.SalesDayFigures;
import app.baton.sales.internal.SalesDayRepository;
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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
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
 * <p>Size (about 550 lines): the upload in steps and the months' verified figures the dashboard and the
 * reconciliation read; the read side could be a {@code SalesQueryService} (decision 019, left).
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
    private final SalesDayRepository days;
    private final CustomerStore customers;
    private final SalesKeys keys;
    private final FileStore files;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final long maxBytes;
    private final app.baton.reports.ReportFigures reports;
    private final SalesSettingsService settings;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writing;

    /** How the signed-in company's files are read: its settings and its customer-key function. */
    private record Reading(
            SalesSettingsService.Settings settings, java.util.function.Function<String, String> customerKey) {}

    SalesService(
            SalesSettingsService settings,
            SalesUploadRepository uploads,
            SalesDayRepository days,
            CustomerStore customers,
            SalesKeys keys,
            FileStore files,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            app.baton.reports.ReportFigures reports,
            PlatformTransactionManager transactions,
            SalesProperties properties) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.reports = reports;
        this.settings = settings;
        this.uploads = uploads;
        this.days = days;
        this.customers = customers;
        this.keys = keys;
        this.files = files;
        this.currentUser = currentUser;
        this.events = events;
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
            SalesReader.Read read;
            SalesTally tally;
            try (Writer out = new java.io.BufferedWriter(
                            new OutputStreamWriter(
                                    new FastGzip(Files.newOutputStream(rowsFile)), StandardCharsets.UTF_8),
                            65_536);
                    CSVPrinter printer = CSVFormat.DEFAULT.print(out);
                    AsyncRows rows = new AsyncRows(printer);
                    java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(checked.file())) {
                tally = new SalesTally(rows, reading.settings().coupons());
                SalesReader.Options options = new SalesReader.Options(
                        membership.zoneId(),
                        LocalDate.now(clock.withZone(membership.zoneId())),
                        membership.currency(),
                        reading.customerKey(),
                        new Table.Limits(maxBytes, 5_000_000, 200, 4L * maxBytes),
                        reading.settings().reader());
                // mapped, not read onto the heap: a large shop's year is over 100 MB
                read = SalesReader.read(
                        channel.map(java.nio.channels.FileChannel.MapMode.READ_ONLY, 0, channel.size()),
                        options,
                        tally);
            }
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
            Uploads.Checked file = checked;
            return Objects.requireNonNull(writing.execute(status -> {
                int number = uploads.lastNumber().orElse(0) + 1;
                SalesUploadEntity upload = uploads.saveAndFlush(new SalesUploadEntity(
                        number,
                        read.layout().name(),
                        name,
                        file.mediaType(),
                        file.size(),
                        file.sha256(),
                        key,
                        rowsKey,
                        read.encoding() == null
                                ? null
                                : read.encoding().encoding().name(),
                        result.first(),
                        result.last(),
                        read.rows(),
                        result.orders(),
                        result.cancelled(),
                        result.revenue(),
                        result.newCustomers(),
                        result.customers(),
                        read.attribution(),
                        read.totalsMismatch(),
                        read.mismatchLines().stream().map(String::valueOf).collect(Collectors.joining(",")),
                        currentUser.require().userId(),
                        clock.instant()));
                List<SalesDayEntity> dayRows = new ArrayList<>(result.days().size());
                for (SalesTally.Day d : result.days()) {
                    dayRows.add(new SalesDayEntity(
                            upload.id(), d.day(), d.channel(), d.orders(), d.revenue(), d.newCustomers()));
                }
                days.saveAll(dayRows);
                customers.learn(tenantId, result.firstOrders(), known);
                events.publishEvent(new SalesEvents.SalesUploaded(
                        tenantId,
                        currentUser.require().userId(),
                        membership.role().name(),
                        upload.id(),
                        result.first(),
                        result.last(),
                        "v" + number + " " + result.first() + "–" + result.last() + " " + name + " (" + read.layout()
                                + ", " + read.rows() + " rows, " + result.orders() + " orders, " + result.cancelled()
                                + " cancelled or refunded, sha256 " + file.sha256() + ")"));
                return view(upload);
            }));
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

    /** What the company's own data shows for a period: in total and per channel (the empty code: unattributed). */
    public record Verified(
            LocalDate from,
            LocalDate to,
            int daysCovered,
            int orders,
            BigDecimal revenue,
            int newCustomers,
            Map<String, ChannelFigures> byChannel) {

        /** Every day of the period has sales data. */
        public boolean complete() {
            return daysCovered == (int) (to.toEpochDay() - from.toEpochDay() + 1);
        }
    }

    /** One channel's verified figures. */
    public record ChannelFigures(int orders, BigDecimal revenue, int newCustomers) {}

    /** The company's verified figures for {@code month} (two queries). */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public Verified month(YearMonth month) {
        return verified(month.atDay(1), month.atEndOfMonth());
    }

    /** As {@link #month}, for listeners acting in the tenant's transaction (no user to check). */
    Verified verified(LocalDate from, LocalDate to) {
        List<LocalDate[]> period = new ArrayList<>();
        period.add(new LocalDate[] {from, to});
        return verifiedMonths(from, to, period).get(0);
    }

    /**
     * The verified figures of each period in {@code periods} (all inside [from, to]) in two queries: the uploads
     * touching [from, to] and the day figures of those that count. For each day and source the latest upload covering
     * it counts.
     */
    private List<Verified> verifiedMonths(LocalDate from, LocalDate to, List<LocalDate[]> periods) {
        return verifiedMonths(
                from, to, periods, uploads.findByPeriodStartLessThanEqualAndPeriodEndGreaterThanEqual(to, from));
    }

    private List<Verified> verifiedMonths(
            LocalDate from, LocalDate to, List<LocalDate[]> periods, List<SalesUploadEntity> touching) {
        // the shop's order exports and the stores' daily totals are two sources that add up; within each, the latest
        // upload covering a day counts for it
        Map<Long, String> sourceOf = new HashMap<>();
        for (SalesUploadEntity u : touching) {
            sourceOf.put(u.id(), source(u.layout()));
        }
        Map<LocalDate, Map<String, Long>> latest = new HashMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            Map<String, SalesUploadEntity> best = new HashMap<>();
            for (SalesUploadEntity u : touching) {
                if (!d.isBefore(u.periodStart()) && !d.isAfter(u.periodEnd())) {
                    best.merge(sourceOf.get(u.id()), u, (x, y) -> x.versionNumber() > y.versionNumber() ? x : y);
                }
            }
            if (!best.isEmpty()) {
                Map<String, Long> ofDay = new HashMap<>();
                best.forEach((source, u) -> ofDay.put(source, u.id()));
                latest.put(d, ofDay);
            }
        }
        java.util.Set<Long> counting = new java.util.HashSet<>();
        latest.values().forEach(ofDay -> counting.addAll(ofDay.values()));
        // only the uploads that count for some day are read; of their rows, those of the days they count for
        List<SalesDayFigures> rows = new ArrayList<>();
        if (!counting.isEmpty()) {
            for (SalesDayFigures row : days.figuresBetween(from, to)) {
                Map<String, Long> ofDay = latest.get(row.day());
                Long wanted = ofDay == null ? null : ofDay.get(sourceOf.get(row.uploadId()));
                if (wanted != null && wanted == row.uploadId()) {
                    rows.add(row);
                }
            }
        }
        List<Verified> out = new ArrayList<>(periods.size());
        for (LocalDate[] period : periods) {
            int covered = 0;
            for (LocalDate d = period[0]; !d.isAfter(period[1]); d = d.plusDays(1)) {
                covered += latest.containsKey(d) ? 1 : 0;
            }
            int orders = 0;
            int newCustomers = 0;
            BigDecimal revenue = BigDecimal.ZERO;
            Map<String, int[]> counts = new TreeMap<>();
            Map<String, BigDecimal> revenues = new TreeMap<>();
            for (SalesDayFigures row : rows) {
                if (row.day().isBefore(period[0]) || row.day().isAfter(period[1])) {
                    continue;
                }
                orders += row.orders();
                newCustomers += row.newCustomers();
                revenue = revenue.add(row.revenue());
                int[] c = counts.computeIfAbsent(row.channelCode(), k -> new int[2]);
                c[0] += row.orders();
                c[1] += row.newCustomers();
                revenues.merge(row.channelCode(), row.revenue(), BigDecimal::add);
            }
            Map<String, ChannelFigures> byChannel = new TreeMap<>();
            counts.forEach((code, c) -> byChannel.put(code, new ChannelFigures(c[0], revenues.get(code), c[1])));
            out.add(new Verified(period[0], period[1], covered, orders, revenue, newCustomers, byChannel));
        }
        return out;
    }

    /** A month's claims beside the company's own figures, for the sales page, the dashboard and the meeting. */
    public record Comparison(YearMonth month, Verified verified, List<app.baton.reports.GroundTruth.Claim> claims) {

        /** Leads claimed by the engagements whose conversions are leads (never counted as orders). */
        public BigDecimal claimedLeads() {
            return claims.stream()
                    .filter(c -> !c.purchases())
                    .map(c -> c.total().conversions())
                    .filter(java.util.Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** Purchases claimed by every engagement (whose conversions are purchases) and channel together. */
        public BigDecimal claimedPurchases() {
            return claims.stream()
                    .filter(app.baton.reports.GroundTruth.Claim::purchases)
                    .map(c -> c.total().conversions())
                    .filter(java.util.Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** The value of those purchases, as claimed. */
        public BigDecimal claimedValue() {
            return claims.stream()
                    .filter(app.baton.reports.GroundTruth.Claim::purchases)
                    .map(c -> c.total().conversionValue())
                    .filter(java.util.Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** New customers claimed. */
        public BigDecimal claimedNewCustomers() {
            return claims.stream()
                    .filter(app.baton.reports.GroundTruth.Claim::purchases)
                    .map(c -> c.total().newCustomers())
                    .filter(java.util.Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** Claimed against verified for {@code month} (five queries, whatever the number of engagements). */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public Comparison compare(YearMonth month) {
        return new Comparison(month, verified(month.atDay(1), month.atEndOfMonth()), reports.claims(month));
    }

    /** Which source an upload is: the shop's orders, or daily totals (stores, POS). */
    private static String source(String layout) {
        return SalesLayout.valueOf(layout).daily() ? "DAILY" : "ORDERS";
    }

    /** Claimed against verified for every month in [from, to], and how often a customer buys in a year. */
    public record Months(
            Map<YearMonth, Comparison> months, @Nullable BigDecimal purchasesPerYear) {}

    /**
     * {@link #compare} for every month of [from, to] in the same few queries whatever the span (the dashboard's year
     * and the meeting): the uploads touching it are read once, for the verified figures and for how often a customer
     * buys, which comes from the longest of them: its orders per customer, scaled to a year.
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public Months compare(YearMonth from, YearMonth to) {
        List<LocalDate[]> periods = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            periods.add(new LocalDate[] {m.atDay(1), m.atEndOfMonth()});
        }
        List<SalesUploadEntity> touching =
                uploads.findByPeriodStartLessThanEqualAndPeriodEndGreaterThanEqual(to.atEndOfMonth(), from.atDay(1));
        List<Verified> verified = verifiedMonths(from.atDay(1), to.atEndOfMonth(), periods, touching);
        Map<YearMonth, List<app.baton.reports.GroundTruth.Claim>> claims = reports.claims(from, to);
        Map<YearMonth, Comparison> months = new java.util.LinkedHashMap<>();
        for (int i = 0; i < periods.size(); i++) {
            YearMonth m = from.plusMonths(i);
            months.put(m, new Comparison(m, verified.get(i), claims.getOrDefault(m, List.of())));
        }
        return new Months(months, purchasesPerYear(touching));
    }

    private static @Nullable BigDecimal purchasesPerYear(List<SalesUploadEntity> touching) {
        SalesUploadEntity longest = null;
        for (SalesUploadEntity u : touching) {
            long days = u.periodEnd().toEpochDay() - u.periodStart().toEpochDay() + 1;
            if (u.distinctCustomers() > 0
                    && days >= 28
                    && (longest == null
                            || days
                                    > longest.periodEnd().toEpochDay()
                                            - longest.periodStart().toEpochDay()
                                            + 1)) {
                longest = u;
            }
        }
        if (longest == null) {
            return null;
        }
        long days = longest.periodEnd().toEpochDay() - longest.periodStart().toEpochDay() + 1;
        return BigDecimal.valueOf(longest.orderCount())
                .multiply(BigDecimal.valueOf(365))
                .divide(
                        BigDecimal.valueOf(longest.distinctCustomers()).multiply(BigDecimal.valueOf(days)),
                        4,
                        java.math.RoundingMode.HALF_UP);
    }

    /** Gzip at its fastest level: the stored rows are written once per upload and read rarely. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(java.io.OutputStream out) throws IOException {
            super(out, 65_536);
            def.setLevel(java.util.zip.Deflater.BEST_SPEED);
        }
    }

    private static UploadView view(SalesUploadEntity u) {
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
