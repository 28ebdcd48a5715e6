package app.baton.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes CVE-2026-2742: a signed-out request to {@code /VAADIN} (with or without the trailing slash), to a
 * Vaadin internal endpoint or to a missing static file must neither create an HTTP session nor reach a view.
 * Signed-out visitors get a session only from the public pages (sign-in, sign-up, forgotten password, invitation and
 * password-reset links).
 *
 * <p>One exception to the bare 404: a page's server request ({@code v-r=uidl}) without a session comes from a page
 * whose session ended — its person was away past the timeout, or the replica that held it stopped and the load
 * balancer sent them to another. It gets the answer Vaadin gives an ended session, a notice in the browser's
 * language ("your session has ended… tap to sign in again"), still without a session and with nothing of anyone's.
 */
class AnonymousSessionGuard extends OncePerRequestFilter {

    private final org.springframework.context.MessageSource messages;

    AnonymousSessionGuard(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    private static final Set<String> PUBLIC_PAGES = Set.of("/login", "/sign-up", "/forgot-password");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getSession(false) != null || signedIn()) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean vaadinInternal = path.equals("/VAADIN")
                || path.equals("/VAADIN/")
                || path.startsWith("/VAADIN/dynamic")
                || path.startsWith("/VAADIN/push")
                || request.getParameter("v-r") != null;
        if (vaadinInternal) {
            if ("uidl".equals(request.getParameter("v-r")) && "POST".equals(request.getMethod())) {
                sessionEnded(request, response);
            } else {
                notFound(response);
            }
            return;
        }
        if (PUBLIC_PAGES.contains(path)
                || path.startsWith("/invitations/")
                || path.startsWith("/reset-password/")
                || path.startsWith("/sign-up/")) {
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(new NoNewSession(request), response);
        } catch (ServletException | RuntimeException e) {
            if (!causedByRefusal(e)) {
                throw e;
            }
            if (!response.isCommitted()) {
                response.resetBuffer();
                notFound(response);
            }
        }
    }

    /** Vaadin's notice for a page whose session ended; a tap on it reloads the page, which asks to sign in. */
    private void sessionEnded(HttpServletRequest request, HttpServletResponse response) throws IOException {
        java.util.Locale locale = app.baton.shared.i18n.Messages.supported(request.getLocale());
        String json = com.vaadin.flow.server.VaadinService.createCriticalNotificationJSON(
                messages.getMessage("system.sessionEnded.caption", null, locale),
                messages.getMessage("system.sessionEnded.message", null, locale),
                null,
                null);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json; charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.getOutputStream().write(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A bare 404: no error-page dispatch, which could reach a servlet and a session again. */
    private static void notFound(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("Not found");
    }

    private static boolean causedByRefusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SessionCreationRefused) {
                return true;
            }
        }
        return false;
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** Thrown instead of creating a session for a signed-out request outside the public pages. */
    static final class SessionCreationRefused extends RuntimeException {
        SessionCreationRefused() {
            super("no session for signed-out requests here", null, false, false);
        }
    }

    private static final class NoNewSession extends HttpServletRequestWrapper {
        NoNewSession(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable HttpSession getSession(boolean create) {
            HttpSession existing = super.getSession(false);
            if (existing == null && create) {
                throw new SessionCreationRefused();
            }
            return existing;
        }

        @Override
        public @Nullable HttpSession getSession() {
            return getSession(true);
        }
    }
}
