package app.baton.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A stranger guessing passwords slows only themselves; the real person, elsewhere, signs in at once. */
class SignInThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final SignInThrottle throttle = new SignInThrottle(clock, 30, 5);

    @Test
    void five_attempts_at_one_account_from_one_client_then_one_a_minute_and_the_owner_elsewhere_is_not_slowed()
            throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(attempt("203.0.113.9", "founder@linfoods.example")).isNull();
        }
        assertThat(attempt("203.0.113.9", "founder@linfoods.example")).isEqualTo("/login?throttled=61");
        // the founder, on their own phone, is not held up by the stranger
        assertThat(attempt("198.51.100.7", "founder@linfoods.example")).isNull();
        // the same answer for an account that does not exist: nothing is revealed
        for (int i = 0; i < 5; i++) {
            attempt("203.0.113.9", "nobody@linfoods.example");
        }
        assertThat(attempt("203.0.113.9", "nobody@linfoods.example")).startsWith("/login?throttled=");
        // after a minute, one more try
        clock.advance(Duration.ofMinutes(1));
        assertThat(attempt("203.0.113.9", "founder@linfoods.example")).isNull();
    }

    @Test
    void one_client_trying_many_accounts_is_slowed_after_thirty_attempts() throws Exception {
        for (int i = 0; i < 30; i++) {
            assertThat(attempt("203.0.113.10", "person" + i + "@test.example")).isNull();
        }
        assertThat(attempt("203.0.113.10", "person31@test.example")).startsWith("/login?throttled=");
        assertThat(attempt("198.51.100.8", "person31@test.example")).isNull();
    }

    @Test
    void successful_sign_ins_give_their_tokens_back() throws Exception {
        for (int i = 0; i < 20; i++) {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
            request.setRemoteAddr("203.0.113.12");
            request.setParameter("username", "founder@linfoods.example");
            MockHttpServletResponse response = new MockHttpServletResponse();
            throttle.doFilter(request, response, (req, res) -> {
                BatonUser user = new BatonUser(3, "founder@linfoods.example", "林志明", "zh-TW", null, true, null);
                org.springframework.security.core.context.SecurityContextHolder.getContext()
                        .setAuthentication(
                                org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                                        .authenticated(user, null, user.getAuthorities()));
            });
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
            assertThat(response.getRedirectedUrl()).as("sign-in " + (i + 1)).isNull();
        }
    }

    @Test
    void only_sign_in_posts_are_counted() throws Exception {
        for (int i = 0; i < 40; i++) {
            MockHttpServletRequest page = new MockHttpServletRequest("GET", "/login");
            page.setRemoteAddr("203.0.113.11");
            MockHttpServletResponse response = new MockHttpServletResponse();
            throttle.doFilter(page, response, new MockFilterChain());
            assertThat(response.getRedirectedUrl()).isNull();
        }
    }

    /** The redirect a sign-in attempt got, or null when it went through. */
    private String attempt(String client, String email) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setRemoteAddr(client);
        request.setParameter("username", email);
        request.setParameter("password", "guess");
        MockHttpServletResponse response = new MockHttpServletResponse();
        throttle.doFilter(request, response, new MockFilterChain());
        return response.getRedirectedUrl();
    }
}
