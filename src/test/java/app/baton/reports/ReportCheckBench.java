package app.baton.reports;

import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.WebTestBase;
import app.baton.security.ApiTokenService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Prints how long {@code POST /api/v1/reports/check} takes for 100,000 rows (≈ 10 MB of CSV, and the same rows as
 * XLSX) once the server is warm, how much the heap grows meanwhile, and how fast another request is answered while
 * checks run. Asserts nothing. Run: {@code ./mvnw verify -Pbench -Dit.test=ReportCheckBench}.
 */
class ReportCheckBench extends WebTestBase {

    static final int ROWS = 100_000;
    static final int WARM_UP = 5;
    static final int RUNS = 10;

    @Autowired
    Companies companies;

    @Autowired
    ApiTokenService tokens;

    @Test
    void check_100k_rows() throws Exception {
        Company c = companies.create("bench");
        String token = companies.as(c.vendor(), () -> tokens.create("bench")).token();
        byte[] csv = csv();
        byte[] xlsx = xlsx();
        System.out.printf(
                Locale.ROOT, "%nfiles: CSV %,d bytes, XLSX %,d bytes, %,d rows%n", csv.length, xlsx.length, ROWS);
        inProcess(csv, "CSV");
        inProcess(xlsx, "XLSX");
        HttpClient client = HttpClient.newHttpClient();
        for (String[] kind : new String[][] {
            {"CSV", "bench.csv", "form"}, {"CSV", "bench.csv", "body"}, {"XLSX", "bench.xlsx", "form"}
        }) {
            byte[] content = kind[0].equals("CSV") ? csv : xlsx;
            boolean asBody = kind[2].equals("body");
            HttpRequest request = request(token, kind[1], content);
            // the measured calls come from curl, another process: this JVM's heap and allocations are the server's
            java.nio.file.Path file =
                    java.nio.file.Files.createTempDirectory("bench").resolve(kind[1]);
            java.nio.file.Files.write(file, content);
            for (int i = 0; i < WARM_UP; i++) {
                send(client, request);
            }
            List<Long> times = new ArrayList<>();
            long peakGrowth = 0;
            long allocated = 0;
            var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            for (int i = 0; i < RUNS; i++) {
                MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
                System.gc();
                long before = memory.getHeapMemoryUsage().getUsed();
                AtomicLong peak = new AtomicLong(before);
                AtomicBoolean running = new AtomicBoolean(true);
                Thread sampler = Thread.ofPlatform().start(() -> {
                    while (running.get()) {
                        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                        try {
                            Thread.sleep(2);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
                long allocatedBefore = threads.getTotalThreadAllocatedBytes();
                long start = System.nanoTime();
                curl(token, file, asBody);
                times.add((System.nanoTime() - start) / 1_000_000);
                allocated = Math.max(allocated, threads.getTotalThreadAllocatedBytes() - allocatedBefore);
                running.set(false);
                sampler.join();
                peakGrowth = Math.max(peakGrowth, peak.get() - before);
            }
            times.sort(Long::compare);
            System.out.printf(
                    Locale.ROOT,
                    "%s check of %,d rows (curl, file as %s): median %d ms, min %d ms, max %d ms (%d runs after %d warm-up); "
                            + "used heap grew at most %,d MB (garbage included); at most %,d MB allocated per check%n",
                    kind[0],
                    ROWS,
                    asBody ? "the body" : "a form field",
                    times.get(times.size() / 2),
                    times.get(0),
                    times.get(times.size() - 1),
                    RUNS,
                    WARM_UP,
                    peakGrowth / (1024 * 1024),
                    allocated / (1024 * 1024));
        }
        concurrent(client, request(token, "bench.csv", csv), "CSV");
        concurrent(client, request(token, "bench.xlsx", xlsx), "XLSX");
        // another request while checks run back to back on another thread
        AtomicBoolean checking = new AtomicBoolean(true);
        HttpRequest heavy = request(token, "bench.csv", csv);
        Thread load = Thread.ofPlatform().start(() -> {
            while (checking.get()) {
                try {
                    send(client, heavy);
                } catch (Exception e) {
                    return;
                }
            }
        });
        Thread.sleep(200);
        List<Long> light = new ArrayList<>();
        HttpRequest me = HttpRequest.newBuilder(URI.create(url("/api/v1/engagements")))
                .header("Authorization", "Bearer " + token)
                .build();
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            client.send(me, HttpResponse.BodyHandlers.ofString());
            light.add((System.nanoTime() - start) / 1_000_000);
            Thread.sleep(50);
        }
        checking.set(false);
        load.join();
        light.sort(Long::compare);
        System.out.printf(
                Locale.ROOT,
                "GET /api/v1/engagements while CSV checks run: median %d ms, max %d ms (20 requests)%n%n",
                light.get(light.size() / 2),
                light.get(light.size() - 1));
    }

    /**
     * Four agencies sending a 100,000-row CSV at the same moment, three times each: {@code ReportGate} admits as many as
     * it is set to (half the processors by default) and lets the others wait up to 2 s (then "busy, try again"). Prints the longest garbage-collection pause
     * meanwhile — a pause stops every page in the JVM (target under 50 ms) — as the collector reports it.
     */
    private static void concurrent(HttpClient client, HttpRequest request, String kind) throws Exception {
        List<Long> pauses = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> collectors = java.util.Collections.synchronizedList(new ArrayList<>());
        javax.management.NotificationListener listener = (notification, handback) -> {
            if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                    notification.getType())) {
                return;
            }
            var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                    (javax.management.openmbean.CompositeData) notification.getUserData());
            // G1's concurrent cycle reports its whole length on its own bean; its pauses (remark, clean-up) are short.
            // ZGC reports its concurrent cycles and its pauses on separate beans ("ZGC Minor Cycles", "… Pauses").
            boolean concurrentCycle = (info.getGcName().contains("Concurrent")
                            && !info.getGcAction().contains("pause"))
                    || info.getGcName().endsWith("Cycles");
            if (!concurrentCycle) {
                pauses.add(info.getGcInfo().getDuration());
                collectors.add(info.getGcName() + " (" + info.getGcCause() + ")");
            }
        };
        List<javax.management.NotificationEmitter> emitters = new ArrayList<>();
        for (var bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (bean instanceof javax.management.NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
        AtomicLong ok = new AtomicLong();
        AtomicLong busy = new AtomicLong();
        List<Long> times = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> agencies = new ArrayList<>();
        for (int a = 0; a < 4; a++) {
            agencies.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 3; i++) {
                    try {
                        long start = System.nanoTime();
                        int status = client.send(request, HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                        times.add((System.nanoTime() - start) / 1_000_000);
                        (status == 200 ? ok : busy).incrementAndGet();
                    } catch (Exception e) {
                        busy.incrementAndGet();
                    }
                }
            }));
        }
        for (Thread agency : agencies) {
            agency.join();
        }
        Thread.sleep(500); // the collector's notices arrive on their own thread
        for (var emitter : emitters) {
            emitter.removeNotificationListener(listener);
        }
        times.sort(Long::compare);
        List<Long> sorted = new ArrayList<>(pauses);
        sorted.sort(Long::compare);
        System.out.printf(
                Locale.ROOT,
                "4 agencies × 3 %s checks at once: %d checked, %d told busy; response median %d ms, max %d ms;"
                        + " %d collector pauses, longest %d ms, median %d ms (%s; heap at most %,d MB)%n",
                kind,
                ok.get(),
                busy.get(),
                times.get(times.size() / 2),
                times.get(times.size() - 1),
                sorted.size(),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2),
                collectors.stream().distinct().sorted().collect(java.util.stream.Collectors.joining(", ")),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /** Where the time goes, without HTTP: parsing, then the checks. */
    private static void inProcess(byte[] content, String kind) {
        var limits = app.baton.reports.parsing.ReportParser.Limits.defaults();
        java.time.YearMonth month = java.time.YearMonth.of(2026, 11);
        long parse = 0;
        long checks = 0;
        long bare = 0;
        long bareCommons = 0;
        long parseBytes = 0;
        long checkBytes = 0;
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long bareStart = System.nanoTime();
            if (kind.equals("CSV")) {
                bareParse(content);
            }
            long bareTime = System.nanoTime() - bareStart;
            long commonsStart = System.nanoTime();
            if (kind.equals("CSV")) {
                bareParseCommons(content);
            }
            long commonsTime = System.nanoTime() - commonsStart;
            long a0 = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            var report = app.baton.reports.parsing.ReportParser.parse(content, limits);
            long parsed = System.nanoTime();
            long a1 = threads.getCurrentThreadAllocatedBytes();
            app.baton.reports.checks.ReportChecks.run(report, month);
            long checked = System.nanoTime();
            long a2 = threads.getCurrentThreadAllocatedBytes();
            if (i >= WARM_UP) {
                parse += parsed - start;
                bare += bareTime;
                bareCommons += commonsTime;
                checks += checked - parsed;
                parseBytes += a1 - a0;
                checkBytes += a2 - a1;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%s in process allocates: parse %,d MB, checks %,d MB%n",
                kind,
                parseBytes / RUNS / (1024 * 1024),
                checkBytes / RUNS / (1024 * 1024));
        // what a parsed report keeps on the heap (its rows), measured between two full collections
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        var kept = app.baton.reports.parsing.ReportParser.parse(content, limits);
        System.gc();
        long live = memory.getHeapMemoryUsage().getUsed() - before;
        System.out.printf(
                Locale.ROOT,
                "%s in process: parse %d ms, checks %d ms (mean of %d; a bare parse of the file %d ms, with Commons"
                        + " CSV %d ms); the parsed report keeps %,d MB live%n",
                kind,
                parse / RUNS / 1_000_000,
                checks / RUNS / 1_000_000,
                RUNS,
                bare / RUNS / 1_000_000,
                bareCommons / RUNS / 1_000_000,
                live / (1024 * 1024) + (kept.rows().isEmpty() ? 1 : 0));
    }

    /**
     * The same file read by the same CSV library (FastCSV) with nothing done to the cells: the floor the issue
     * measures the check against (≤ 2× this).
     */
    private static int bareParse(byte[] content) {
        int cells = 0;
        try (var reader = de.siegmar.fastcsv.reader.CsvReader.builder()
                .ofCsvRecord(new java.io.InputStreamReader(
                        new java.io.ByteArrayInputStream(content), StandardCharsets.UTF_8))) {
            for (var record : reader) {
                cells += record.getFieldCount();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return cells;
    }

    /** The bare parse with Commons CSV, which read uploads until 3 December: for comparison with earlier figures. */
    private static int bareParseCommons(byte[] content) {
        int cells = 0;
        try (var parser = org.apache.commons.csv.CSVParser.parse(
                new java.io.InputStreamReader(new java.io.ByteArrayInputStream(content), StandardCharsets.UTF_8),
                org.apache.commons.csv.CSVFormat.DEFAULT)) {
            for (var record : parser) {
                cells += record.size();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return cells;
    }

    private HttpRequest request(String token, String name, byte[] content) throws IOException {
        String boundary = "bench-" + System.nanoTime();
        byte[] body = ReportFixtures.multipart(boundary, name, content);
        return HttpRequest.newBuilder(URI.create(url("/api/v1/reports/check?month=2026-11")))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    private void curl(String token, java.nio.file.Path file, boolean asBody) throws Exception {
        List<String> command = new ArrayList<>(
                List.of("curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "-H", "Authorization: Bearer " + token));
        command.addAll(
                asBody
                        ? List.of("-H", "Content-Type: text/csv", "--data-binary", "@" + file)
                        : List.of("-F", "file=@" + file));
        command.add(url("/api/v1/reports/check?month=2026-11"));
        Process curl = new ProcessBuilder(command).redirectErrorStream(true).start();
        String status = new String(curl.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (curl.waitFor() != 0 || !status.equals("200")) {
            throw new IllegalStateException("curl answered " + status);
        }
    }

    private static void send(HttpClient client, HttpRequest request) throws Exception {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
    }

    /** Rows as an agency's daily export would have them: 30 days × many campaigns, realistic spreads. */
    private static Object[] row(int i) {
        int impressions = 1_000 + (i * 7_919) % 90_000;
        int clicks = impressions * (10 + (i % 31)) / 1_000;
        return new Object[] {
            LocalDate.of(2026, 11, 1 + i % 30),
            i % 3 == 0 ? "GOOGLE_ADS" : i % 3 == 1 ? "META_ADS" : "LINE",
            "Campaign " + (i / 30) + " – winter gift sets · retargeting",
            impressions,
            clicks,
            clicks * 12.37 + (i % 100) / 100.0,
            clicks * (10 + i % 20) / 1_000,
            clicks * 31.9,
            i % 7
        };
    }

    private static byte[] csv() {
        StringBuilder text = new StringBuilder(ROWS * 100);
        text.append("date,channel,campaign,impressions,clicks,cost,conversions,conversion_value,new_customers\n");
        for (int i = 0; i < ROWS; i++) {
            Object[] r = row(i);
            text.append(r[0]).append(',').append(r[1]).append(',').append(r[2]);
            for (int k = 3; k < r.length; k++) {
                text.append(',');
                text.append(r[k] instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : r[k]);
            }
            text.append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] xlsx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Baton bench", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("report");
            String[] header = {
                "date",
                "channel",
                "campaign",
                "impressions",
                "clicks",
                "cost",
                "conversions",
                "conversion_value",
                "new_customers"
            };
            for (int k = 0; k < header.length; k++) {
                sheet.value(0, k, header[k]);
            }
            for (int i = 0; i < ROWS; i++) {
                Object[] r = row(i);
                sheet.value(i + 1, 0, r[0].toString());
                sheet.value(i + 1, 1, (String) r[1]);
                sheet.value(i + 1, 2, (String) r[2]);
                for (int k = 3; k < r.length; k++) {
                    sheet.value(i + 1, k, r[k] instanceof Double d ? Math.round(d * 100) / 100.0 : (Number) r[k]);
                }
            }
            sheet.finish();
        }
        return out.toByteArray();
    }
}
