package app.baton.sales;

import app.baton.DatabaseTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.ChannelService;
import app.baton.reports.EngagementService;
import app.baton.reports.ReportFixtures;
import app.baton.reports.ReportService;
import jakarta.persistence.EntityManagerFactory;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14's speed figures: importing a large shop's year — 1,000,000 rows of Shopify's orders export (about 120 MB,
 * a third of the orders with a second line item) — through the real upload path (type check, SHA-256, reader,
 * tally, stored rows, day figures and customers in batches), timed and with the heap sampled above what was in use
 * before; then the month's reconciliation (claimed against verified, every engagement and channel): median time and
 * SQL statements. Prints, asserts nothing. Run: {@code ./mvnw verify -Pbench -Dit.test=SalesImportBench
 * -DargLine="-Xmx512m -Dimports=3"} (with {@code TEST_DB_URL} pointing at MariaDB): the heap capped at 512 MB shows the
 * import fits in it beside the application's own ~200 MB; "used" is sampled every 5 ms and includes garbage not yet
 * collected.
 */
class SalesImportBench extends DatabaseTestBase {

    static final int ROWS = 1_000_000;
    static final int IMPORTS = Integer.getInteger("imports", 3);

    @Autowired
    Companies companies;

    @Autowired
    SalesService sales;

    @Autowired
    app.baton.sales.SalesQueryService salesQueries;

    @Autowired
    EngagementService engagements;

    @Autowired
    ChannelService channels;

    @Autowired
    ReportService reports;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void a_million_order_rows_and_a_months_reconciliation() throws Exception {
        YearMonth last = YearMonth.of(2026, 10);
        Path file = Files.createTempFile("shopify-year-", ".csv");
        int orders = write(file, last.minusMonths(11).atDay(1), last.atEndOfMonth());
        System.out.printf(
                Locale.ROOT, "%nfile: %d rows, %d orders, %.1f MB%n", ROWS, orders, Files.size(file) / 1024.0 / 1024.0);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Company c = null;
        for (int run = 1; run <= IMPORTS; run++) {
            c = companies.create("sales-bench-" + run);
            engagement(c, last);
            Company company = c;
            System.gc();
            Thread.sleep(200);
            long idle = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(idle);
            AtomicLong live = new AtomicLong(idle);
            AtomicBoolean running = new AtomicBoolean(true);
            List<java.lang.management.MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP && p.getCollectionUsage() != null)
                    .toList();
            Thread sampler = new Thread(() -> {
                while (running.get()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    // what the heap held just after the last collection: the live data, not garbage waiting
                    live.accumulateAndGet(
                            pools.stream()
                                    .mapToLong(p -> p.getCollectionUsage().getUsed())
                                    .sum(),
                            Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.start();
            long t = System.nanoTime();
            SalesService.UploadView view;
            try (InputStream in = Files.newInputStream(file)) {
                view = companies.as(company.founder(), () -> sales.upload("orders_export.csv", in));
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            running.set(false);
            sampler.join();
            System.out.printf(
                    Locale.ROOT,
                    "import %d: %.2f s; heap above idle at most %.0f MB used, %.0f MB live after a collection (max heap"
                            + " %.0f MB); %d orders, %d new customers, %d cancelled%n",
                    run,
                    seconds,
                    (peak.get() - idle) / 1024.0 / 1024.0,
                    (live.get() - idle) / 1024.0 / 1024.0,
                    Runtime.getRuntime().maxMemory() / 1024.0 / 1024.0,
                    view.orders(),
                    view.newCustomers(),
                    view.cancelled());
        }
        Files.delete(file);

        Company company = c;
        Statistics stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        List<Double> times = new ArrayList<>();
        long statements = 0;
        for (int i = 0; i < 23; i++) {
            stats.clear();
            long t = System.nanoTime();
            SalesComparison comparison = companies.as(company.founder(), () -> salesQueries.compare(last));
            if (i >= 3) {
                times.add((System.nanoTime() - t) / 1e6);
            }
            statements = stats.getPrepareStatementCount();
            if (i == 0) {
                System.out.printf(
                        Locale.ROOT,
                        "reconciliation %s: %d orders verified, %s purchases claimed by %d reports%n",
                        last,
                        comparison.verified().orders(),
                        comparison.claimedPurchases().toPlainString(),
                        comparison.claims().size());
            }
        }
        stats.setStatisticsEnabled(false);
        List<Double> sorted = times.stream().sorted().toList();
        System.out.printf(
                Locale.ROOT,
                "reconciliation of a month: median %.1f ms (min %.1f, max %.1f) over %d runs, %d SQL statements%n",
                (sorted.get(9) + sorted.get(10)) / 2,
                sorted.get(0),
                sorted.get(sorted.size() - 1),
                sorted.size(),
                statements);
    }

    /** Three engagements with a report for {@code month}, so that the reconciliation has claims to add up. */
    private void engagement(Company c, YearMonth month) throws Exception {
        for (int i = 0; i < 3; i++) {
            long id = SalesFixtures.googleAndMeta(companies, c, engagements, channels)
                    .id();
            byte[] report = ReportFixtures.month(month.toString(), 1 + i, true);
            companies.as(
                    c.vendor(),
                    () -> reports.upload(
                            id, month, "report.csv", new java.io.ByteArrayInputStream(report), null, List.of()));
        }
    }

    /** A year of orders in Shopify's layout, 1,000,000 rows; returns how many orders. */
    static int write(Path file, LocalDate from, LocalDate to) throws Exception {
        Random random = new Random(7);
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        int rows = 0;
        int orders = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(
                    "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,"
                            + "Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,"
                            + "Lineitem quantity,Lineitem name,Lineitem price,Billing Name,Phone,Cancelled at,Refunded Amount\n");
            while (rows < ROWS) {
                orders++;
                LocalDate day = from.plusDays(random.nextLong(days));
                String time = day + " " + (10 + random.nextInt(12)) + ":" + (10 + random.nextInt(50)) + ":"
                        + (10 + random.nextInt(50)) + " +0800";
                int customer = random.nextInt(300_000);
                int price = 300 + 20 * random.nextInt(60);
                String status = random.nextInt(50) == 0 ? "refunded" : "paid";
                out.write("#" + (100_000 + orders) + ",shopper" + customer + "@example.com," + status + "," + time
                        + ",fulfilled,,yes,TWD," + price + ",80,0," + (price + 80) + ",,0,宅配,"
                        + time + ",1,禮盒," + price + ",王小明,09" + String.format("%08d", customer)
                        + ",," + (status.equals("refunded") ? price + 80 : 0) + "\n");
                rows++;
                if (rows < ROWS && orders % 3 == 0) {
                    out.write("#" + (100_000 + orders) + ",,,,,,,,,,,,,,,,1,提袋,0,,,,\n");
                    rows++;
                }
            }
        }
        return orders;
    }
}
