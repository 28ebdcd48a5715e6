package app.baton.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything under {@code /api/} answers in the API's JSON error form {@code {"error", "message"}}, whatever went
 * wrong and wherever: a status sent with {@code sendError} (404 and 405 from Spring MVC, 413 from the container's
 * multipart limits) and any exception that escapes the chain (an oversized chunked body, a database failure) become
 * JSON here, before the container's HTML error page or the UI's error dispatch (which would redirect to the sign-in
 * page) can answer. Runs first, ahead of the security filters.
 */
final class ApiErrorFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorFilter.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;

    ApiErrorFilter(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        JsonErrors wrapped = new JsonErrors(request, response);
        try {
            chain.doFilter(request, wrapped);
        } catch (IOException | ServletException | RuntimeException e) {
            int status = tooLarge(e) ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : 500;
            if (status == 500) {
                // the method and path only: a query string or body may carry personal data
                log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
            } else {
                log.info("API request {} {} refused: body too large", request.getMethod(), request.getRequestURI());
            }
            if (!response.isCommitted()) {
                response.resetBuffer();
                write(request, response, status);
            }
        }
    }

    /** Whether the failure is a body over the container's or the multipart resolver's size limit. */
    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.endsWith("SizeLimitExceededException")
                    || name.endsWith("MaxUploadSizeExceededException")
                    || name.endsWith("SizeException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** The code and message key of an error status. */
    static String code(int status) {
        return switch (status) {
            case 400 -> "api.badRequest";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "api.notFound";
            case 405 -> "api.methodNotAllowed";
            case 406, 415 -> "api.unsupportedMediaType";
            case 413 -> "api.tooLarge";
            case 429 -> "api.tooManyRequests";
            case 503 -> "api.unavailable";
            default -> status >= 500 ? "api.internalError" : "api.badRequest";
        };
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        String code = code(status);
        String key = code.contains(".") ? code : "api." + code;
        Locale locale = request.getLocale();
        String message = messages.getMessage(key, null, code, locale);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        byte[] body = JSON.writeValueAsBytes(Map.of("error", code, "message", message));
        // a known length: when the container then closes the connection (a body too large to read to its end),
        // the client still has a whole answer, where a chunked one would be cut off
        response.setContentLength(body.length);
        try {
            response.getOutputStream().write(body);
        } catch (IllegalStateException writerAlreadyUsed) {
            response.getWriter().write(new String(body, StandardCharsets.UTF_8));
        }
        response.flushBuffer();
    }

    /** Turns {@code sendError} into a JSON body written at once, so the container never renders its own page. */
    private final class JsonErrors extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        JsonErrors(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int sc) throws IOException {
            sendError(sc, null);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            if (isCommitted()) {
                return;
            }
            resetBuffer();
            write(request, (HttpServletResponse) getResponse(), sc);
        }
    }
}
