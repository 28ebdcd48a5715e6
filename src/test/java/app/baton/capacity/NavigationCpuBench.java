package app.baton.capacity;

import app.baton.BrowserlessTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.insights.InsightsFixtures;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The server's CPU for one navigation to each of the founder's common pages, in this JVM without a browser (issue 16,
 * decision 017): the view's reads and the components it builds, without the HTTP request and the answer's encoding
 * that the load harness's figures include. Made to profile a page apart from the load ({@code -Dbaton.bench.jfr=<file>}
 * records the measured navigations with JFR's profiling settings) and to compare two versions of a page's code on one
 * machine; add {@code -DargLine=-XX:FlightRecorderOptions:stackdepth=512}, or JFR keeps 64 frames of each stack and the
 * views' own frames fall off (decision 017). Each page is opened {@code -Dbaton.bench.warm=N} times (default 400) to let the compiler settle, then
 * {@code -Dbaton.bench.runs=N} times (default 400), each time after the channels page (so no view is reused);
 * prints the median and 90th percentile of the request thread's CPU. Asserts nothing. Run:
 * {@code ./mvnw verify -Pbench -Dit.test=NavigationCpuBench} (with {@code TEST_DB_URL} pointing at MariaDB).
 */
class NavigationCpuBench extends BrowserlessTestBase {

    @Autowired
    Companies companies;

    @Autowired
    InsightsFixtures.Services insights;

    @Test
    void cpu_per_navigation_of_the_founders_pages() throws Exception {
        Company c = companies.create("navigation-cpu");
        InsightsFixtures.Setup setup = InsightsFixtures.setUp(insights, c);
        long request = InsightsFixtures.metaToGoogleRequest(insights, c, setup);
        signInAs(c.founder());
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("dashboard", "dashboard");
        pages.put("approvals", "approvals");
        pages.put("request", "budget/requests/" + request);
        pages.put("plan", "budget");
        pages.put("experiments", "experiments");
        pages.put("engagements", "engagements");
        pages.put("engagement", "engagements/" + setup.engagementId());
        int warm = Integer.getInteger("baton.bench.warm", 400);
        int runs = Integer.getInteger("baton.bench.runs", 400);
        var threads = ManagementFactory.getThreadMXBean();
        String jfr = System.getProperty("baton.bench.jfr", "");
        jdk.jfr.Recording recording =
                jfr.isBlank() ? null : new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
        StringBuilder out = new StringBuilder("\nNAVIGATION CPU (in process, no browser; ms of the thread's CPU)\n");
        for (var page : pages.entrySet()) {
            long[] cpu = new long[runs];
            for (int i = 0; i < warm + runs; i++) {
                if (i == warm && recording != null && recording.getState() == jdk.jfr.RecordingState.NEW) {
                    recording.start();
                }
                navigate("budget/channels", com.vaadin.flow.component.Component.class);
                long before = threads.getCurrentThreadCpuTime();
                navigate(page.getValue(), com.vaadin.flow.component.Component.class);
                long spent = threads.getCurrentThreadCpuTime() - before;
                if (i >= warm) {
                    cpu[i - warm] = spent;
                }
            }
            Arrays.sort(cpu);
            out.append(String.format(
                    Locale.ROOT,
                    "%-12s median %6.2f  p90 %6.2f  (%d runs after %d)%n",
                    page.getKey(),
                    cpu[runs / 2] / 1e6,
                    cpu[(int) (runs * 0.9)] / 1e6,
                    runs,
                    warm));
        }
        if (recording != null) {
            recording.dump(java.nio.file.Path.of(jfr));
            recording.close();
        }
        System.out.println(out);
    }
}
