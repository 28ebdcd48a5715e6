package app.baton.security;

import app.baton.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains: a stateless one for the REST API under {@code /api/v1} (personal tokens), and Vaadin's for
 * the UI (form sign-in). Method security is on for every service ({@code @PreAuthorize}). JSR-250 is off: only views
 * carry {@code @RolesAllowed}, which Vaadin's navigation access control reads itself, and with it on Spring wrapped
 * every view and the layout in a proxy at each navigation (decision 017; {@code FreshViews} now rebuilds a view the
 * router would reuse).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /**
     * LINE's webhook ({@code /line/webhook/<key>}, decision 022): called by LINE without a session or CSRF token, so
     * open here; the handler trusts a request only when its {@code x-line-signature} is valid for that company.
     */
    @Bean
    @Order(0)
    SecurityFilterChain lineWebhookFilterChain(HttpSecurity http) {
        stateless(http, "/line/webhook/**")
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll());
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(
            HttpSecurity http, ApiTokenService tokens, AccountDirectory accounts, MessageSource messages) {
        stateless(http, "/api/**")
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, accounts), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(authorize -> authorize
                        // the API's own description is public, like any published API documentation
                        .requestMatchers("/api/v1/openapi.json")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) -> writeError(
                                response,
                                HttpServletResponse.SC_UNAUTHORIZED,
                                "unauthorized",
                                messages.getMessage("api.unauthorized", null, RequestContextUtils.getLocale(request))))
                        .accessDeniedHandler((request, response, e) -> writeError(
                                response,
                                HttpServletResponse.SC_FORBIDDEN,
                                "forbidden",
                                messages.getMessage("api.forbidden", null, RequestContextUtils.getLocale(request)))));
        return http.build();
    }

    /**
     * What a browser may do with Baton's pages: scripts, styles, images, fonts and connections only from Baton itself
     * (Vaadin's client needs inline styles and {@code Function} for its JavaScript calls, hence the two
     * {@code unsafe-} sources; nothing is loaded from elsewhere), never framed, forms only back to Baton.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self' ws: wss:; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'self';"
            + " form-action 'self'; object-src 'none'";

    /** No camera, microphone, location, payment or USB for any page. */
    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    /**
     * A chain for callers without a session (API tokens, LINE): Baton's headers, no CSRF token, no session, no
     * remembered request, no sign-in form, basic authentication or sign-out.
     */
    private static HttpSecurity stateless(HttpSecurity http, String paths) {
        headers(http);
        return http.securityMatcher(paths)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable());
    }

    /** The headers every answer carries: see decision 014. */
    private static void headers(HttpSecurity http) {
        http.headers(headers -> headers.contentTypeOptions(
                        org.springframework.security.config.Customizer.withDefaults())
                .cacheControl(org.springframework.security.config.Customizer.withDefaults())
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy
                                .STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .addHeaderWriter(new org.springframework.security.web.header.writers.StaticHeadersWriter(
                        "Permissions-Policy", PERMISSIONS_POLICY))
                // written before the servlet answers: Vaadin's bootstrap page is sent past the filter's
                // response wrapper, which then never added them (only Vaadin's own SAMEORIGIN went out)
                .addObjectPostProcessor(
                        new org.springframework.security.config.ObjectPostProcessor<
                                org.springframework.security.web.header.HeaderWriterFilter>() {
                            @Override
                            public <O extends org.springframework.security.web.header.HeaderWriterFilter> O postProcess(
                                    O filter) {
                                filter.setShouldWriteHeadersEagerly(true);
                                return filter;
                            }
                        }));
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiFilterChain(
            HttpSecurity http,
            MembershipDirectory directory,
            AccountDirectory accounts,
            java.time.Clock clock,
            MessageSource messages,
            @org.springframework.beans.factory.annotation.Value("${baton.security.sign-in.per-client:30}")
                    int perClient,
            @org.springframework.beans.factory.annotation.Value("${baton.security.sign-in.per-account:5}")
                    int perAccount) {
        headers(http);
        // sign-in: throttled first (a stranger slows only themselves), then the page's CSRF token is required
        http.addFilterBefore(
                new SignInThrottle(clock, perClient, perAccount),
                org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(
                new LoginCsrfCheck(),
                org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
        http.authorizeHttpRequests(authorize -> authorize
                .requestMatchers("/images/**", "/icons/**", "/favicon.ico")
                .permitAll());
        // Remember the page a signed-out visitor asked for in a cookie, not in a new HTTP session.
        CookieRequestCache requestCache = new CookieRequestCache();
        http.requestCache(cache -> cache.requestCache(requestCache));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.addFilterBefore(
                new MembershipRevalidationFilter(directory, accounts::credentialsChangedAt, clock),
                AuthorizationFilter.class);
        http.addFilterAfter(new AnonymousSessionGuard(messages), AuthorizationFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    /**
     * The navigation access control every UI asks before it enters a view: Vaadin's, with the roles read from the
     * authentication instead of a class-path scan per check ({@link RolesFromAuthentication}). Primary, so that the
     * UIs and {@code VaadinSecurityConfigurer} (which sets the sign-in view on it) use it rather than the one Vaadin's
     * auto-configuration also makes.
     */
    @Bean
    @org.springframework.context.annotation.Primary
    com.vaadin.flow.server.auth.NavigationAccessControl rolesFromAuthentication(
            java.util.List<com.vaadin.flow.server.auth.NavigationAccessChecker> checkers,
            com.vaadin.flow.spring.security.NavigationAccessControlConfigurer configurer) {
        return configurer.build(RolesFromAuthentication::new, checkers);
    }

    /** JSON for every error under /api/, ahead of every other filter (see {@link ApiErrorFilter}). */
    @Bean
    FilterRegistrationBean<ApiErrorFilter> apiErrorFilter(MessageSource messages) {
        FilterRegistrationBean<ApiErrorFilter> registration =
                new FilterRegistrationBean<>(new ApiErrorFilter(messages));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, with the {id} prefix so hashes can move to a stronger encoder later
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    PasswordPolicy passwordPolicy() {
        return PasswordPolicy.withBundledList();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static void writeError(HttpServletResponse response, int status, String code, String message)
            throws java.io.IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(Map.of("error", code, "message", message)));
    }
}
