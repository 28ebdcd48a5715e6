package app.baton.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer baton_…} on the stateless API chain. Never creates a session. */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final ApiTokenService tokens;
    private final AccountDirectory accounts;

    ApiTokenAuthenticationFilter(ApiTokenService tokens, AccountDirectory accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String presented = header.substring(7).trim();
            tokens.authenticate(presented)
                    .flatMap(membership -> accounts.byId(membership.userId())
                            .map(account -> new BatonUser(
                                    account.userId(),
                                    account.email(),
                                    account.displayName(),
                                    account.languageTag(),
                                    null,
                                    true,
                                    membership)))
                    .ifPresent(user -> {
                        SecurityContext context = SecurityContextHolder.createEmptyContext();
                        context.setAuthentication(
                                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
                        SecurityContextHolder.setContext(context);
                    });
        }
        chain.doFilter(request, response);
    }
}
