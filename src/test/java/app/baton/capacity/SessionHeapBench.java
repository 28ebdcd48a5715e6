package app.baton.capacity;

import app.baton.E2ETestBase;
import app.baton.demo.DemoData;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The live heap a signed-in session keeps on the server (issue 16): signs the demo founder in from {@code N} browser
 * profiles (default 20; {@code -Dsessions=N}), each moving through the menu to the experiments list ({@code -Dbaton.heap.list=budget/requests}: the requests), reads the live
 * heap after full collections, then opens the dashboard in each and reads it again. The same number of sessions is
 * opened and closed first, so that what sessions share (caches, the server's connection buffers) is in the baseline.
 * Each is read right after the navigation, when the figures include the buffers of the browsers' open connections
 * (about 65 KB a session with 20 browsers), and again once the sessions are idle, their connections closed by the
 * server's keep-alive timeout. Prints the heap per session; asserts nothing. The server runs in this JVM, so its heap is this JVM's. Run: {@code ./mvnw verify -Pbench
 * -Dit.test=SessionHeapBench}.
 *
 * <p>The test server runs Vaadin in development mode, which keeps more per component than production does; to measure
 * the production jar, start it with its demo data and point the bench at it: {@code -Dbaton.heap.url=http://127.0.0.1:18080
 * -Dbaton.heap.pid=<its process id>}. Its live heap is then read with {@code jcmd <pid> GC.run} and {@code GC.heap_info}
 * (README, "Capacity").
 */
class SessionHeapBench extends E2ETestBase {

    @Autowired
    DemoData demo;

    private static @org.jspecify.annotations.Nullable String external() {
        String base = System.getProperty("baton.heap.url");
        return base == null || base.isBlank() ? null : base.replaceAll("/$", "");
    }

    @Override
    protected String url(String path) {
        String base = external();
        return base == null ? super.url(path) : base + path;
    }

    private static long liveHeap(String moment) throws Exception {
        if (external() != null) {
            long pid = Long.getLong("baton.heap.pid", -1);
            long live = externalLiveHeap(pid);
            histogram(pid, moment);
            return live;
        }
        var memory = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    /**
     * How long the sessions are left alone before their idle heap is read: past the server's keep-alive timeout (20 s),
     * so the browsers' idle connections are closed and their buffers back in the server's shared pool, and before the
     * next heartbeat (60 s). {@code -Dbaton.heap.idle=<seconds>}.
     */
    private static final int IDLE_SECONDS = Integer.getInteger("baton.heap.idle", 25);

    /**
     * The list page the sessions rest on: the experiments board by default, {@code -Dbaton.heap.list=budget/requests} for a
     * list drawn by a grid.
     */
    private static final String LIST = System.getProperty("baton.heap.list", "experiments");

    private static long idle(String moment) throws Exception {
        Thread.sleep(IDLE_SECONDS * 1000L);
        return liveHeap(moment);
    }

    private static final java.util.regex.Pattern USED = java.util.regex.Pattern.compile("used (\\d+)K");

    /** The other JVM's heap in use after a full collection, least of three, as {@code jcmd} reports it. */
    private static long externalLiveHeap(long pid) throws Exception {
        if (pid <= 0) {
            throw new IllegalStateException(
                    "-Dbaton.heap.pid=<the production jar's process id> is needed with baton.heap.url");
        }
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            run(jcmd, String.valueOf(pid), "GC.run");
            Thread.sleep(200);
            var used = USED.matcher(run(jcmd, String.valueOf(pid), "GC.heap_info"));
            if (!used.find()) {
                throw new IllegalStateException("jcmd GC.heap_info said no heap in use");
            }
            least = Math.min(least, Long.parseLong(used.group(1)) * 1024);
        }
        return least;
    }

    /**
     * With {@code -Dbaton.heap.histograms=<folder>}, writes the production jar's class histogram (live objects) at
     * each moment, to compare which classes grow with the sessions.
     */
    private static void histogram(long pid, String moment) throws Exception {
        String folder = System.getProperty("baton.heap.histograms");
        if (folder == null || folder.isBlank()) {
            return;
        }
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        java.nio.file.Files.createDirectories(Path.of(folder));
        java.nio.file.Files.writeString(
                Path.of(folder, moment + ".txt"), run(jcmd, String.valueOf(pid), "GC.class_histogram"));
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    /**
     * Moves to a page through the menu, as a person does: the same UI, not a page load (a page load makes a new UI
     * and leaves the old one in the session until its heartbeats stop).
     */
    private static void open(Page page, String path) {
        // what a menu link does: Vaadin's router moves within the page
        page.evaluate(
                "p => window.dispatchEvent(new CustomEvent('vaadin-router-go', {detail: {pathname: '/' + p}}))", path);
        page.waitForURL("**/" + path);
        settled(page);
    }

    @Test
    void heap_per_signed_in_session() throws Exception {
        if (external() == null) {
            demo.seed();
        }
        int n = Integer.getInteger("sessions", 20);
        List<BrowserContext> contexts = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        try {
            // a round of the same sessions first, all open together and then closed, so that what every session
            // shares is in the baseline: classes, caches, the first view's statics, and the server's buffers for the
            // browsers' connections. Each profile opens several connections, 16 KB of buffers each, and the server
            // keeps the buffers of closed connections for the next ones, as many as were ever open at once: that is
            // memory for concurrent connections (behind HAProxy, the proxy's), not for sessions. Opened one after the
            // other, the round left about 38 KB a session of them in the reading (4 December).
            List<BrowserContext> round = new ArrayList<>();
            try {
                for (int i = 0; i < n; i++) {
                    BrowserContext warm = newContext(1280, 900);
                    round.add(warm);
                    Page page = warm.newPage();
                    signIn(page, DemoData.FOUNDER, DemoData.PASSWORD);
                    open(page, "dashboard");
                    open(page, LIST);
                }
            } finally {
                round.forEach(BrowserContext::close);
            }
            long before = liveHeap("before");
            for (int i = 0; i < n; i++) {
                BrowserContext context = newContext(1280, 900);
                contexts.add(context);
                Page page = context.newPage();
                signIn(page, DemoData.FOUNDER, DemoData.PASSWORD);
                open(page, LIST);
                pages.add(page);
            }
            long onList = liveHeap("list");
            long onListIdle = idle("list-idle");
            for (Page page : pages) {
                open(page, "dashboard");
            }
            long onDashboard = liveHeap("dashboard");
            long onDashboardIdle = idle("dashboard-idle");
            // -Dbaton.heap.hold=<seconds>: time to take a heap dump of the server with the sessions open
            Thread.sleep(Long.getLong("baton.heap.hold", 0) * 1000);
            System.out.printf(
                    Locale.ROOT,
                    "%nSESSIONS %s, %d signed-in sessions: live heap per session %,d KB on the list (%s), %,d KB with"
                            + " the dashboard open, right after the navigation; idle (after %d s): %,d KB and %,d KB"
                            + " (baseline %,d MB)%n%n",
                    external() == null ? "test server" : external(),
                    n,
                    (onList - before) / n / 1024,
                    LIST,
                    (onDashboard - before) / n / 1024,
                    IDLE_SECONDS,
                    (onListIdle - before) / n / 1024,
                    (onDashboardIdle - before) / n / 1024,
                    before / (1024 * 1024));
        } finally {
            contexts.forEach(BrowserContext::close);
        }
    }
}
