package app.baton.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.MutableClock;
import app.baton.TestFixtures;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.WebIT;
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
class SessionSecurityIT extends WebIT {

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

    @Test
    void sign_in_changes_the_session_id() throws Exception {
        Company c = companies.create("session");
        HttpClient client = newClient();
        HttpResponse<String> loginPage = get(client, "/login");
        assertThat(loginPage.statusCode()).isEqualTo(200);
        String before = sessionCookie(loginPage).orElseThrow();

        HttpResponse<String> signedIn =
                postForm(client, "/login", form(c.founder().email(), TestFixtures.PASSWORD));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String after = sessionCookie(signedIn).orElseThrow();
        assertThat(after).isNotEqualTo(before);

        assertThat(get(client, "/members").statusCode()).isEqualTo(200);
    }

    @Test
    void ten_failures_lock_the_account_for_fifteen_minutes_and_are_audited() throws Exception {
        Company c = companies.create("lock");
        HttpClient client = newClient();
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> failed =
                    postForm(client, "/login", form(c.successor().email(), "wrong-password-" + i));
            assertThat(failed.headers().firstValue("Location").orElseThrow()).contains("error");
        }
        HttpResponse<String> locked =
                postForm(client, "/login", form(c.successor().email(), TestFixtures.PASSWORD));
        assertThat(locked.headers().firstValue("Location").orElseThrow())
                .as("right password refused while locked")
                .contains("error");

        // another account is not affected: the lock is per account
        HttpResponse<String> other =
                postForm(newClient(), "/login", form(c.founder().email(), TestFixtures.PASSWORD));
        assertThat(other.headers().firstValue("Location").orElseThrow()).doesNotContain("error");

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        HttpResponse<String> unlocked =
                postForm(newClient(), "/login", form(c.successor().email(), TestFixtures.PASSWORD));
        assertThat(unlocked.headers().firstValue("Location").orElseThrow()).doesNotContain("error");

        var failures = companies.as(
                c.founder(),
                () -> audit.search(new AuditFilter(null, null, c.successor().userId(), "SIGN_IN_FAILED"), 0, 50));
        assertThat(failures).hasSizeGreaterThanOrEqualTo(9);
        var lock = companies.as(
                c.founder(), () -> audit.search(new AuditFilter(null, null, null, "ACCOUNT_LOCKED"), 0, 50));
        assertThat(lock)
                .singleElement()
                .satisfies(e -> assertThat(e.summary()).contains(c.successor().email()));
    }

    @Test
    void unknown_emails_fail_like_wrong_passwords() throws Exception {
        HttpResponse<String> response = postForm(newClient(), "/login", form("nobody@test.example", "whatever-long-1"));
        assertThat(response.headers().firstValue("Location").orElseThrow()).contains("error");
    }

    static Optional<String> sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring("JSESSIONID=".length(), cookie.indexOf(';')))
                .findFirst();
    }
}
