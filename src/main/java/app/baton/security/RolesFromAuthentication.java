package app.baton.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import java.util.Collection;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Vaadin's navigation access control (the {@code @RolesAllowed} on views), reading the roles from the signed-in
 * person's authentication. Vaadin's own asks its look-up for a role-prefix holder before every check, and that look-up
 * scans every jar of the class path for a service file each time (3.7 % of the server's CPU under load, decision 017).
 * Baton keeps Spring Security's default prefix, {@code ROLE_}, so the answer is the servlet request's
 * {@code isUserInRole}, worked out here without the scan: an anonymous visitor has no role, and a role is held when
 * the authentication carries {@code ROLE_} and its name (or the name itself when it already starts so).
 */
final class RolesFromAuthentication extends SpringNavigationAccessControl {

    static final String ROLE_PREFIX = "ROLE_";

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    RolesFromAuthentication(Collection<NavigationAccessChecker> checkers, AccessCheckDecisionResolver resolver) {
        super(checkers, resolver);
    }

    @Override
    protected Predicate<String> getRolesChecker(@Nullable VaadinRequest request) {
        return roles(SecurityContextHolder.getContext().getAuthentication());
    }

    /** Which roles an authentication holds, as Spring Security's request wrapper answers {@code isUserInRole}. */
    static Predicate<String> roles(@Nullable Authentication authentication) {
        if (authentication == null || TRUST.isAnonymous(authentication) || authentication.getPrincipal() == null) {
            return role -> false;
        }
        Set<String> held = AuthorityUtils.authorityListToSet(authentication.getAuthorities());
        return role -> role != null && held.contains(role.startsWith(ROLE_PREFIX) ? role : ROLE_PREFIX + role);
    }
}
