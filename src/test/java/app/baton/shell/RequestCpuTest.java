package app.baton.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class RequestCpuTest {

    @TempDir
    Path dir;

    private final List<byte[]> kept = new java.util.ArrayList<>();

    @Test
    void a_request_is_labelled_by_what_it_did() {
        assertThat(RequestCpu.label("POST", "/", "uidl", "DashboardView", "HomeView"))
                .isEqualTo("nav DashboardView");
        assertThat(RequestCpu.label("GET", "/", "init", "HomeView", null)).isEqualTo("nav HomeView");
        assertThat(RequestCpu.label("POST", "/", "uidl", null, "BudgetRequestView"))
                .isEqualTo("action BudgetRequestView");
        assertThat(RequestCpu.label("POST", "/", "uidl", null, null)).isEqualTo("action unknown");
        assertThat(RequestCpu.label("POST", "/", "heartbeat", null, "HomeView")).isEqualTo("heartbeat");
        assertThat(RequestCpu.label("POST", "/api/v1/engagements/3/reports/2026-11", null, null, null))
                .isEqualTo("api");
        assertThat(RequestCpu.label("POST", "/VAADIN/dynamic/resource/1/abc/upload", null, null, null))
                .isEqualTo("upload");
        assertThat(RequestCpu.label("POST", "/login", null, null, null)).isEqualTo("sign-in");
        assertThat(RequestCpu.label("GET", "/login", null, null, null)).isEqualTo("page");
        assertThat(RequestCpu.label("GET", "/VAADIN/build/index-abc.js", null, null, null))
                .isEqualTo("static");
        assertThat(RequestCpu.label("GET", "/favicon.ico", null, null, null)).isEqualTo("static");
    }

    @Test
    void each_request_appends_a_line_with_its_label_and_times_and_clicks_are_labelled_by_their_page_view()
            throws Exception {
        Path file = dir.resolve("cpu.tsv");
        RequestCpu.Views views = new RequestCpu.Views(10);
        RequestCpu.Meter meter = new RequestCpu.Meter(file, views);
        MockHttpSession session = new MockHttpSession(null, "s1");

        MockHttpServletRequest navigation = uidl(session);
        meter.doFilter(navigation, new MockHttpServletResponse(), new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response) {
                request.setAttribute(RequestCpu.NAVIGATED_TO, "ExperimentBoardView");
                views.put(RequestCpu.Views.key("s1", 3), "ExperimentBoardView");
                // the page's work: 4 MB made on this thread
                for (int i = 0; i < 64; i++) {
                    kept.add(new byte[64 * 1024]);
                }
            }
        });
        meter.doFilter(uidl(session), new MockHttpServletResponse(), new MockFilterChain());
        MockHttpServletRequest other = uidl(new MockHttpSession(null, "s2"));
        meter.doFilter(other, new MockHttpServletResponse(), new MockFilterChain());
        meter.destroy();

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).matches("nav ExperimentBoardView\t\\d+\t\\d+\t\\d+");
        assertThat(lines.get(1)).matches("action ExperimentBoardView\t\\d+\t\\d+\t\\d+");
        assertThat(lines.get(2)).matches("action unknown\t\\d+\t\\d+\t\\d+");
        // the bytes the navigation allocated, in KB: its 4 MB at least, where the others made next to nothing
        assertThat(Long.parseLong(lines.get(0).split("\t")[3])).isGreaterThanOrEqualTo(4_096);
        assertThat(Long.parseLong(lines.get(1).split("\t")[3])).isLessThan(1_024);
        assertThat(kept).hasSize(64);
    }

    @Test
    void only_the_most_recent_pages_are_remembered() {
        RequestCpu.Views views = new RequestCpu.Views(2);
        views.put("a#1", "HomeView");
        views.put("b#1", "DashboardView");
        views.get("a#1");
        views.put("c#1", "BudgetView");

        assertThat(views.get("a#1")).isEqualTo("HomeView");
        assertThat(views.get("b#1")).isNull();
        assertThat(views.get("c#1")).isEqualTo("BudgetView");
    }

    private static MockHttpServletRequest uidl(MockHttpSession session) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setSession(session);
        request.addParameter("v-r", "uidl");
        request.addParameter("v-uiId", "3");
        return request;
    }
}
