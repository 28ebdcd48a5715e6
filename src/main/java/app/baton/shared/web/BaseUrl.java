package app.baton.shared.web;

import app.baton.shared.SharedProperties;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address links in mails, invitations and requests start with, ending in "/". {@code BATON_BASE_URL}
 * ({@code baton.base-url}) when set; otherwise the address the person is using — the current request's scheme, host,
 * port and context path (behind a proxy, as its forwarded headers say) — so that a link never points at
 * {@code localhost} on a real host. A request's host is used only for links made in that person's own request (their
 * invitation, their request's evidence link): remembering it for others would let anyone who sends a forged
 * {@code Host} header steer other people's mails. Work outside a request (the mail jobs) therefore needs
 * {@code BATON_BASE_URL}; without it, it falls back to {@code http://localhost:8080/} (development).
 */
@Component
public class BaseUrl {

    static final String FALLBACK = "http://localhost:8080/";

    private final @Nullable String configured;

    @org.springframework.beans.factory.annotation.Autowired
    public BaseUrl(SharedProperties properties) {
        this(properties.baseUrl());
    }

    /** With the address links start with; blank for the address of the request (tests). */
    public BaseUrl(String configured) {
        this.configured = configured.isBlank() ? null : withSlash(configured.strip());
    }

    /** The base address, ending in "/". */
    public String get() {
        if (configured != null) {
            return configured;
        }
        HttpServletRequest request = currentRequest();
        return request != null ? of(request) : FALLBACK;
    }

    /** The base address of one request: scheme, host, port unless the default one, and context path. */
    static String of(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort =
                port <= 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return withSlash(
                scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath());
    }

    private static @Nullable HttpServletRequest currentRequest() {
        VaadinServletRequest vaadin = VaadinServletRequest.getCurrent();
        if (vaadin != null) {
            return vaadin.getHttpServletRequest();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest();
        }
        return null;
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
