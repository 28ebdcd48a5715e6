package app.baton.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session remembers the membership it signed in with; a founder may since have changed that member's role or
 * removed them. On each request the membership is read again (one primary-key look-up) so a demoted or removed
 * member loses the old rights at once, not at their next sign-in. That includes every Vaadin request under
 * {@code /VAADIN/} — a download link a page handed out earlier ({@code /VAADIN/dynamic/…}) must stop working the
 * moment its holder is removed — and only the static, data-free bundles are passed over.
 */
class MembershipRevalidationFilter extends OncePerRequestFilter {

    /** Files that are the same for everyone and carry no company's data. */
    static final java.util.List<String> STATIC_PREFIXES =
            java.util.List.of("/VAADIN/build/", "/VAADIN/static/", "/icons/", "/images/", "/favicon.ico");

    /** The session attribute holding when the signed-in session began. */
    static final String SESSION_STARTED = "baton.sessionStarted";

    private final MembershipDirectory directory;
    private final java.util.function.Function<Long, Optional<java.time.Instant>> credentialsChangedAt;
    private final java.time.Clock clock;
    private final HttpSessionSecurityContextRepository sessionRepository = new HttpSessionSecurityContextRepository();

    MembershipRevalidationFilter(
            MembershipDirectory directory,
            java.util.function.Function<Long, Optional<java.time.Instant>> credentialsChangedAt,
            java.time.Clock clock) {
        this.directory = directory;
        this.credentialsChangedAt = credentialsChangedAt;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC_PREFIXES.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof BatonUser signedIn
                && endedByPasswordReset(request, signedIn)) {
            // the password was reset after this session began: it is over, whoever holds it
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        if (authentication != null
                && authentication.getPrincipal() instanceof BatonUser user
                && user.membership() != null) {
            MembershipInfo held = Objects.requireNonNull(user.membership());
            Optional<MembershipInfo> current = directory.membership(held.membershipId());
            if (current.isEmpty() || !current.get().equals(held)) {
                BatonUser refreshed = user.withMembership(current.orElse(null));
                UsernamePasswordAuthenticationToken replacement =
                        UsernamePasswordAuthenticationToken.authenticated(refreshed, null, refreshed.getAuthorities());
                replacement.setDetails(authentication.getDetails());
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(replacement);
                SecurityContextHolder.setContext(context);
                sessionRepository.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    /** Whether the account's password was reset after this session began; ends the session if so. */
    private boolean endedByPasswordReset(HttpServletRequest request, BatonUser user) {
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        if (session == null) {
            return false;
        }
        java.time.Instant started = (java.time.Instant) session.getAttribute(SESSION_STARTED);
        if (started == null) {
            started = clock.instant();
            session.setAttribute(SESSION_STARTED, started);
        }
        Optional<java.time.Instant> changed = credentialsChangedAt.apply(user.userId());
        if (changed.isPresent() && started.isBefore(changed.get())) {
            session.invalidate();
            return true;
        }
        return false;
    }
}
