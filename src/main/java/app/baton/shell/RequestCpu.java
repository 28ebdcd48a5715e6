package app.baton.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * A measuring instrument for capacity work (issue 16, decision 017), off unless
 * {@code baton.capacity.request-cpu-file} names a file: then every HTTP request's CPU time on its own thread, its wall
 * time and the memory its thread allocated are appended to that file as one line
 * {@code label TAB cpu-µs TAB wall-µs TAB allocated-KB}, labelled by what the request
 * did — {@code nav ExperimentBoardView} (a navigation, through the router or the first load of a page),
 * {@code action BudgetRequestView} (a click or a typed value on that view), {@code heartbeat}, {@code upload},
 * {@code api}, {@code sign-in}, {@code page} (a page's HTML), {@code static}. {@code ops/request-cpu.sh} turns the
 * file into the median and the 90th percentile per label; {@code ops/load-run.sh} prints them after a run.
 *
 * <p>What a request's own thread spends leaves out the collector's and the JIT compiler's threads; the load script
 * prints the process's CPU beside it. The CPU of the same work moves with the machine (a shared host's slower
 * stretches cost a third more on memory-bound routes); the bytes a request allocates hardly do, so two builds are
 * compared by both (decision 017). A line holds only a view's class name and two numbers: nothing of the person or
 * their company (個資法).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("baton.capacity.request-cpu-file")
class RequestCpu {

    /** The request attribute a navigation leaves with the view it showed. */
    static final String NAVIGATED_TO = RequestCpu.class.getName() + ".navigatedTo";

    /** How many pages' current views are remembered to label their clicks (the oldest forgotten first). */
    private static final int PAGES_REMEMBERED = 20_000;

    private final Views views = new Views(PAGES_REMEMBERED);

    @Bean
    FilterRegistrationBean<Meter> requestCpuMeter(CapacityProperties properties) {
        Path file = Path.of(java.util.Objects.requireNonNull(properties.requestCpuFile()));
        FilterRegistrationBean<Meter> registration = new FilterRegistrationBean<>(new Meter(file, views));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    VaadinServiceInitListener requestCpuNavigations() {
        return event ->
                event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(this::navigated));
    }

    private void navigated(AfterNavigationEvent event) {
        if (event.getActiveChain().isEmpty()) {
            return;
        }
        String view = event.getActiveChain().get(0).getClass().getSimpleName();
        UI ui = event.getLocationChangeEvent().getUI();
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            request.getHttpServletRequest().setAttribute(NAVIGATED_TO, view);
            HttpSession session = request.getHttpServletRequest().getSession(false);
            if (session != null) {
                views.put(Views.key(session.getId(), ui.getUIId()), view);
            }
        }
    }

    /** The view each page shows, by session and UI id; bounded, the oldest page forgotten first. */
    static final class Views {
        private final Map<String, String> byPage;

        Views(int pages) {
            this.byPage = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > pages;
                }
            };
        }

        static String key(String session, int uiId) {
            return session + "#" + uiId;
        }

        synchronized void put(String page, String view) {
            byPage.put(page, view);
        }

        synchronized @Nullable String get(String page) {
            return byPage.get(page);
        }
    }

    /**
     * What a request did, from its method, path, Vaadin's request type ({@code v-r}) and — for a page's messages —
     * the view it navigated to or the view its page showed.
     */
    static String label(
            String method,
            String path,
            @Nullable String vaadinRequest,
            @Nullable String navigatedTo,
            @Nullable String pageView) {
        if (navigatedTo != null) {
            return "nav " + navigatedTo;
        }
        if ("heartbeat".equals(vaadinRequest)) {
            return "heartbeat";
        }
        if ("uidl".equals(vaadinRequest)) {
            return "action " + (pageView == null ? "unknown" : pageView);
        }
        if (path.startsWith("/api/")) {
            return "api";
        }
        if (path.startsWith("/VAADIN/dynamic/")) {
            return "upload";
        }
        if ("POST".equals(method) && path.equals("/login")) {
            return "sign-in";
        }
        if (path.startsWith("/VAADIN/") || path.contains(".")) {
            return "static";
        }
        return vaadinRequest == null ? "page" : "other " + vaadinRequest;
    }

    /** The servlet filter that times each request on its own thread and appends its line. */
    static final class Meter implements Filter {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final com.sun.management.@Nullable ThreadMXBean allocations =
                threads instanceof com.sun.management.ThreadMXBean counting
                                && counting.isThreadAllocatedMemorySupported()
                        ? counting
                        : null;
        private final BufferedWriter out;
        private final Views views;

        Meter(Path file, Views views) {
            this.views = views;
            try {
                this.out = Files.newBufferedWriter(
                        file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            long allocated = allocated();
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            try {
                chain.doFilter(request, response);
            } finally {
                long cpuMicros = (threads.getCurrentThreadCpuTime() - cpu) / 1_000;
                long wallMicros = (System.nanoTime() - wall) / 1_000;
                long allocatedKb = (allocated() - allocated) / 1_024;
                write(label((HttpServletRequest) request) + "\t" + cpuMicros + "\t" + wallMicros + "\t" + allocatedKb
                        + "\n");
            }
        }

        /** The bytes this thread has allocated so far; 0 where the JVM does not count them. */
        private long allocated() {
            return allocations == null ? 0 : allocations.getCurrentThreadAllocatedBytes();
        }

        private String label(HttpServletRequest request) {
            String vaadinRequest = request.getParameter("v-r");
            String pageView = null;
            HttpSession session = request.getSession(false);
            String uiId = request.getParameter("v-uiId");
            if (session != null
                    && uiId != null
                    && uiId.chars().allMatch(Character::isDigit)
                    && !uiId.isEmpty()
                    && uiId.length() < 10) {
                pageView = views.get(Views.key(session.getId(), Integer.parseInt(uiId)));
            }
            Object navigatedTo = request.getAttribute(NAVIGATED_TO);
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            return RequestCpu.label(
                    request.getMethod(),
                    path,
                    vaadinRequest,
                    navigatedTo == null ? null : navigatedTo.toString(),
                    pageView);
        }

        private synchronized void write(String line) throws IOException {
            out.write(line);
            out.flush();
        }

        @Override
        public void destroy() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
