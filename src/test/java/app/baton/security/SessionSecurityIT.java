package app.baton.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.MutableClock;
import app.baton.TestFixtures;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.WebTestBase;
import app.baton.audit.AuditService;
import app.baton.audit.AuditService.AuditFilter;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Sessions, sign-in and the account lock, over real HTTP. */
class SessionSecurityIT extends WebTestBase {

    @Autowired
    Companies companies;

    @Autowired
    MutableClock clock;

    @Autowired
    AuditService audit;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** CVE-2026-2742: signed-out requests must not create a session nor reach a view. */
    @Test
    void signed_out_requests_to_vaadin_and_routes_create_no_session() throws Exception {
        for (String path : List.of(
                "/VAADIN",
                "/VAADIN/",
                "/VAADIN/foo",
                "/VAADIN/dynamic/resource/0/x",
                "/",
                "/members",
                "/audit",
                "/api-tokens",
                "/profile",
                "/select-company",
                "/?v-r=init&location=members")) {
            HttpClient client = newClient();
            HttpResponse<String> response = get(client, path);
            assertThat(sessionCookie(response)).as(path + " sets no session").isEmpty();
            assertThat(response.statusCode()).as(path + " is not served").isNotEqualTo(200);
        }
    }

    /**
     * A page whose session ended (timeout, or its replica stopped) gets Vaadin's notice in the browser's language at
     * its next server request — still no session, nothing but the notice (issue 16).
     */
    @Test
    void a_page_whose_session_ended_is_told_so_in_its_language_without_a_new_session() throws Exception {
        for (String[] language :
                new String[][] {{"zh-TW,zh;q=0.9", "工作階段已結束"}, {"en-GB,en", "Your session has ended"}}) {
            HttpResponse<String> response = newClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/?v-r=uidl&v-uiId=0")))
                                    .header("Content-Type", "application/json; charset=UTF-8")
                                    .header("Accept-Language", language[0])
                                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                            "{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":3,\"clientId\":3}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(sessionCookie(response)).as(language[0]).isEmpty();
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/json");
            assertThat(response.body()).contains("\"appError\"", language[1]).doesNotContain("Not found");
        }
        // any other internal request of a signed-out visitor is still a bare 404
        assertThat(get(newClient(), "/?v-r=init&location=members").statusCode()).isEqualTo(404);
    }

    @Test
    void sign_in_changes_the_session_id() throws Exception {
        Company c = companies.create("session");
        HttpClient client = newClient();
        HttpResponse<String> loginPage = get(client, "/login");
        assertThat(loginPage.statusCode()).isEqualTo(200);
        String before = sessionCookie(loginPage).orElseThrow();

        HttpResponse<String> signedIn = signInForm(client, c.founder().email(), TestFixtures.PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String after = sessionCookie(signedIn).orElseThrow();
        assertThat(after).isNotEqualTo(before);

        assertThat(get(client, "/members").statusCode()).isEqualTo(200);
    }

    @Test
    void a_cross_site_sign_in_without_the_pages_token_signs_nobody_in() throws Exception {
        Company c = companies.create("login-csrf");
        // another site's form posting the right password: no sign-in page, no token
        HttpClient victim = newClient();
        HttpResponse<String> forged =
                postForm(victim, "/login", form(c.founder().email(), TestFixtures.PASSWORD));
        assertThat(forged.headers().firstValue("Location").orElseThrow()).contains("error");
        assertThat(get(victim, "/members").statusCode()).isNotEqualTo(200);
        // a session of the sign-in page, but a token that is not its own
        HttpClient other = newClient();
        get(other, "/login");
        HttpResponse<String> wrongToken =
                postForm(other, "/login", form(c.founder().email(), TestFixtures.PASSWORD) + "&_csrf=forged-token");
        assertThat(wrongToken.headers().firstValue("Location").orElseThrow()).contains("error");
        assertThat(get(other, "/members").statusCode()).isNotEqualTo(200);
    }

    @Test
    void a_stranger_guessing_a_password_slows_only_themselves_and_nothing_is_locked() throws Exception {
        Company c = companies.create("throttle");
        HttpClient stranger = newClient();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> failed = signInForm(stranger, c.successor().email(), "wrong-password-" + i);
            assertThat(failed.headers().firstValue("Location").orElseThrow()).contains("error");
        }
        HttpResponse<String> slowed = signInForm(stranger, c.successor().email(), TestFixtures.PASSWORD);
        assertThat(slowed.headers().firstValue("Location").orElseThrow()).contains("/login?throttled=");
        // an account nobody has answers the same way
        for (int i = 0; i < 5; i++) {
            signInForm(stranger, "nobody-" + c.id() + "@test.example", "wrong-password-" + i);
        }
        assertThat(signInForm(stranger, "nobody-" + c.id() + "@test.example", "whatever-long-1")
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .contains("/login?throttled=");
        // other accounts are not affected, and after a minute the right password works: no account was locked
        HttpResponse<String> other = signInForm(newClient(), c.founder().email(), TestFixtures.PASSWORD);
        assertThat(other.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        HttpResponse<String> later = signInForm(newClient(), c.successor().email(), TestFixtures.PASSWORD);
        assertThat(later.headers().firstValue("Location").orElseThrow())
                .doesNotContain("error")
                .doesNotContain("throttled");

        var failures = companies.as(
                c.founder(),
                () -> audit.search(new AuditFilter(null, null, c.successor().userId(), "SIGN_IN_FAILED"), 0, 50));
        assertThat(failures).hasSize(5);
        assertThat(companies.as(
                        c.founder(), () -> audit.search(new AuditFilter(null, null, null, "ACCOUNT_LOCKED"), 0, 50)))
                .isEmpty();
    }

    @Autowired
    org.springframework.context.ConfigurableApplicationContext context;

    /**
     * A sign-in's audit row is written in a transaction of the company's; the sign-in must not hold another
     * connection around it, or ten sign-ins at once take the pool's ten connections and wait for an eleventh (the
     * knee of the 500-user load run, decision 017).
     */
    @Test
    void a_sign_in_holds_no_connection_while_its_audit_row_is_written() throws Exception {
        Company c = companies.create("one-connection");
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        org.springframework.context.ApplicationListener<org.springframework.context.PayloadApplicationEvent<?>>
                listener = event -> {
                    if (event.getPayload() instanceof SecurityEvents.SignedIn
                            || event.getPayload() instanceof SecurityEvents.SignInFailed) {
                        seen.add(event.getPayload().getClass().getSimpleName() + " in a transaction: "
                                + org.springframework.transaction.support.TransactionSynchronizationManager
                                        .isActualTransactionActive());
                    }
                };
        context.addApplicationListener(listener);
        try {
            signInForm(newClient(), c.successor().email(), "wrong-password-1");
            HttpResponse<String> signedIn = signInForm(newClient(), c.founder().email(), TestFixtures.PASSWORD);
            assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        } finally {
            context.removeApplicationListener(listener);
        }
        assertThat(seen).containsExactly("SignInFailed in a transaction: false", "SignedIn in a transaction: false");
        // and both are on the record
        assertThat(companies.as(
                        c.founder(),
                        () -> audit.search(
                                new AuditFilter(null, null, c.successor().userId(), "SIGN_IN_FAILED"), 0, 5)))
                .hasSize(1);
        assertThat(companies.as(
                        c.founder(),
                        () -> audit.search(
                                new AuditFilter(null, null, c.founder().userId(), "SIGNED_IN"), 0, 50)))
                .isNotEmpty();
    }

    @Test
    void unknown_emails_fail_like_wrong_passwords() throws Exception {
        HttpResponse<String> response = signInForm(newClient(), "nobody@test.example", "whatever-long-1");
        assertThat(response.headers().firstValue("Location").orElseThrow()).contains("error");
    }

    static Optional<String> sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring("JSESSIONID=".length(), cookie.indexOf(';')))
                .findFirst();
    }
}
