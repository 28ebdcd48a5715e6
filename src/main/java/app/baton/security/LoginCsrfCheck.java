package app.baton.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A sign-in ({@code POST /login}) must carry the CSRF token of the sign-in page it came from, so that another site
 * cannot sign a visitor in to an account of its choosing. Vaadin's security set-up leaves its own login path out of
 * Spring's CSRF check; Vaadin's login form sends the token from the page's meta tags anyway, so this check puts the
 * path back with Spring's own token store and masking. A sign-in without the page's token fails like a wrong password.
 */
final class LoginCsrfCheck extends OncePerRequestFilter {

    private final CsrfTokenRepository tokens = new HttpSessionCsrfTokenRepository();
    private final XorCsrfTokenRequestAttributeHandler masking = new XorCsrfTokenRequestAttributeHandler();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/login"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the token the sign-in page was given; none without that page's session (nothing is created here)
        CsrfToken expected = tokens.loadToken(request);
        String presented = expected == null ? null : masking.resolveCsrfTokenValue(request, expected);
        if (expected == null
                || presented == null
                || !MessageDigest.isEqual(
                        expected.getToken().getBytes(StandardCharsets.UTF_8),
                        presented.getBytes(StandardCharsets.UTF_8))) {
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        chain.doFilter(request, response);
    }
}
