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
 * member loses the old rights at once, not at their next sign-in.
 */
class MembershipRevalidationFilter extends OncePerRequestFilter {

    private final MembershipDirectory directory;
    private final HttpSessionSecurityContextRepository sessionRepository = new HttpSessionSecurityContextRepository();

    MembershipRevalidationFilter(MembershipDirectory directory) {
        this.directory = directory;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/VAADIN/") || path.startsWith("/icons/") || path.startsWith("/images/");
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
