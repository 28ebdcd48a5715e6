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

    private final MembershipDirectory directory;
    private final HttpSessionSecurityContextRepository sessionRepository = new HttpSessionSecurityContextRepository();

    MembershipRevalidationFilter(MembershipDirectory directory) {
        this.directory = directory;
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
}
