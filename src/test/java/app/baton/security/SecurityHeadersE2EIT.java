package app.baton.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.E2ETestBase;
import app.baton.demo.DemoData;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page carries the security headers, and Vaadin works under the Content-Security-Policy: each route of the demo
 * founder and the demo agency person is opened in Chromium and none logs a policy violation.
 */
class SecurityHeadersE2EIT extends E2ETestBase {

    static final List<String> FOUNDER_ROUTES = List.of(
            "/",
            "/dashboard",
            "/dashboard/sources",
            "/meeting",
            "/approvals",
            "/budget",
            "/budget/channels",
            "/budget/guardrails",
            "/budget/requests",
            "/budget/requests/new",
            "/experiments",
            "/experiments/new",
            "/engagements",
            "/engagements/new",
            "/members",
            "/audit",
            "/notifications",
            "/profile");

    static final List<String> AGENCY_ROUTES =
            List.of("/", "/engagements", "/engagements/layout", "/agency", "/api-tokens", "/profile");

    @Autowired
    DemoData demoData;

    /** Browsers ask every page for /favicon.ico: it is there for anyone, not a 404 in the console (issue 15). */
    @Test
    void the_favicon_is_served_to_anyone() throws Exception {
        java.net.http.HttpResponse<byte[]> icon = newClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/favicon.ico")))
                                .GET()
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(icon.statusCode()).isEqualTo(200);
        // an icon directory of one image: reserved 0, type 1 (icon), count 1
        assertThat(java.util.Arrays.copyOf(icon.body(), 6)).containsExactly(0, 0, 1, 0, 1, 0);
    }

    @Test
    void every_page_carries_the_headers_and_no_route_breaks_the_content_security_policy() {
        demoData.seed();
        List<String> violations = new ArrayList<>();
        visit(DemoData.FOUNDER, FOUNDER_ROUTES, violations);
        visit(DemoData.VENDOR, AGENCY_ROUTES, violations);
        assertThat(violations).isEmpty();
    }

    @Test
    void a_founder_verifies_the_audit_log_on_a_phone() {
        demoData.seed();
        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT)) {
            Page page = phone.newPage();
            signIn(page, DemoData.FOUNDER, DemoData.PASSWORD);
            page.navigate(url("/audit"));
            page.locator("vaadin-button.audit-verify").click();
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator(".audit-chain-intact"))
                    .containsText("都與寫入時相同");
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "audit-verified-zh-phone");
        }
    }

    private void visit(String email, List<String> routes, List<String> violations) {
        try (BrowserContext context = newContext(1280, 860)) {
            Page page = context.newPage();
            page.onConsoleMessage(message -> {
                String text = message.text();
                if (text.contains("Content Security Policy") || text.contains("Refused to")) {
                    violations.add(page.url() + ": " + text);
                }
            });
            Response login = page.navigate(url("/login"));
            assertHeaders(login.allHeaders(), "/login");
            signIn(page, email, DemoData.PASSWORD);
            if (page.locator(".company-card").count() > 0) {
                page.locator(".company-card").first().click();
                page.locator(".navbar-company").waitFor();
            }
            for (String route : routes) {
                Response response = page.navigate(url(route));
                settled(page);
                Map<String, String> headers = response.allHeaders();
                assertHeaders(headers, route);
                assertThat(headers.get("cache-control")).as(route).contains("no-store");
            }
        }
    }

    private static void assertHeaders(Map<String, String> headers, String route) {
        assertThat(headers.get("content-security-policy"))
                .as(route + " " + headers)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(headers.get("x-content-type-options")).as(route).isEqualTo("nosniff");
        assertThat(headers.get("referrer-policy")).as(route).isEqualTo("strict-origin-when-cross-origin");
        assertThat(headers.get("permissions-policy")).as(route).contains("camera=()");
        assertThat(headers.get("x-frame-options")).as(route).isEqualTo("DENY");
    }
}
