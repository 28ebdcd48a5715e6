package app.baton.capacity;

import app.baton.E2EIT;
import app.baton.demo.DemoData;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The live heap a signed-in session keeps on the server (issue 16): signs the demo founder in from {@code N} browser
 * profiles (default 20; {@code -Dsessions=N}), each moving through the menu to the experiments list, reads the live
 * heap after full collections, then opens the dashboard in each and reads it again. A session also keeps the sign-in
 * page's UI until its heartbeats stop (three missed, 3 minutes), so the figures are an upper bound. Prints the heap per session; asserts nothing.
 * The server runs in this JVM, so its heap is this JVM's. Run: {@code ./mvnw verify -Pbench
 * -Dit.test=SessionHeapBench}.
 */
class SessionHeapBench extends E2EIT {

    @Autowired
    DemoData demo;

    private static long liveHeap() throws InterruptedException {
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
        demo.seed();
        int n = Integer.getInteger("sessions", 20);
        List<BrowserContext> contexts = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        try {
            // one session first, so that what every session shares (classes, caches, the first view's statics) is
            // in the baseline
            BrowserContext warm = newContext(1280, 900);
            contexts.add(warm);
            Page first = warm.newPage();
            signIn(first, DemoData.FOUNDER, DemoData.PASSWORD);
            open(first, "experiments");
            long before = liveHeap();
            for (int i = 0; i < n; i++) {
                BrowserContext context = newContext(1280, 900);
                contexts.add(context);
                Page page = context.newPage();
                signIn(page, DemoData.FOUNDER, DemoData.PASSWORD);
                open(page, "experiments");
                pages.add(page);
            }
            long onList = liveHeap();
            for (Page page : pages) {
                open(page, "dashboard");
            }
            long onDashboard = liveHeap();
            System.out.printf(
                    Locale.ROOT,
                    "%nSESSIONS %d signed-in sessions: live heap per session %,d KB on the experiments list, %,d KB with"
                            + " the dashboard open (baseline %,d MB)%n%n",
                    n,
                    (onList - before) / n / 1024,
                    (onDashboard - before) / n / 1024,
                    before / (1024 * 1024));
        } finally {
            contexts.forEach(BrowserContext::close);
        }
    }
}
