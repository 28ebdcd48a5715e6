package app.baton.security;

import static app.baton.Refusals.assertRefused;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Forgotten passwords over HTTP: a link works once and for 30 minutes, setting a new password ends every session the
 * account had, an unknown address is answered like a known one, and each step is audited.
 */
class PasswordResetIT extends WebTestBase {

    static final String NEW_PASSWORD = "a-brand-new-passphrase-7";

    @Autowired
    Companies companies;

    @Autowired
    PasswordResetService resets;

    @Autowired
    AuditService audit;

    @Autowired
    MutableClock clock;

    @Test
    void a_new_password_through_the_link_ends_every_earlier_session_and_the_link_works_once() throws Exception {
        Company c = companies.create("reset");
        HttpClient phone = newClient();
        assertThat(signInForm(phone, c.founder().email(), TestFixtures.PASSWORD)
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .doesNotContain("error");
        assertThat(get(phone, "/members").statusCode()).isEqualTo(200);

        String token = resets.issue(c.founder().email());
        assertThat(token).isNotBlank();
        assertThat(resets.isOpen(token)).isTrue();
        clock.advance(Duration.ofSeconds(5));
        assertRefused(() -> resets.reset(token, "short"), "password.tooShort");
        resets.reset(token, NEW_PASSWORD);
        clock.advance(Duration.ofSeconds(5));

        // the session that was open is over, on its very next request
        HttpResponse<String> after = get(phone, "/members");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        // the old password no longer works, the new one does
        assertThat(signInForm(newClient(), c.founder().email(), TestFixtures.PASSWORD)
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .contains("error");
        HttpClient laptop = newClient();
        assertThat(signInForm(laptop, c.founder().email(), NEW_PASSWORD)
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .doesNotContain("error");
        assertThat(get(laptop, "/members").statusCode()).isEqualTo(200);
        // once only
        assertThat(resets.isOpen(token)).isFalse();
        assertRefused(() -> resets.reset(token, "yet-another-passphrase-8"), "passwordReset.notOpen");

        var actions = companies
                .as(
                        c.founder(),
                        () -> audit.search(
                                new AuditFilter(null, null, c.founder().userId(), null), 0, 50))
                .stream()
                .map(AuditService.AuditEntry::action)
                .toList();
        assertThat(actions).contains("PASSWORD_RESET_REQUESTED", "PASSWORD_RESET");
    }

    @Test
    void a_link_expires_after_thirty_minutes_and_an_unknown_address_gets_the_same_answer() throws Exception {
        Company c = companies.create("reset-expiry");
        String token = resets.issue(c.successor().email());
        clock.advance(Duration.ofMinutes(30).plusSeconds(1));
        assertThat(resets.isOpen(token)).isFalse();
        assertRefused(() -> resets.reset(token, NEW_PASSWORD), "passwordReset.notOpen");

        // nothing tells a stranger whether an address has an account
        resets.request("nobody-" + c.id() + "@test.example");
        assertThat(resets.issue("nobody-" + c.id() + "@test.example")).isNull();
        assertRefused(() -> resets.request("not an address"), "email.invalid");
    }

    @Test
    void asking_again_and_again_does_not_flood_the_owners_mailbox() throws Exception {
        Company c = companies.create("reset-flood");
        for (int i = 0; i < PasswordResetService.PER_HOUR; i++) {
            assertThat(resets.issue(c.successor().email())).isNotNull();
        }
        assertThat(resets.issue(c.successor().email())).isNull();
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        assertThat(resets.issue(c.successor().email())).isNotNull();
    }
}
