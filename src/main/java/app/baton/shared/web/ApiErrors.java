package app.baton.shared.web;

import app.baton.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The API's errors, for the agencies' report API and the companies' sales API alike: JSON {@code {"error": "<code>",
 * "message": "…"}} in the request's language, with the status that says what went wrong — 413 too large, 415 not a
 * type we read, 422 a spreadsheet (or a sales file) we cannot read, 404 nothing there (or not yours), 409 a state that
 * does not allow it, 400 anything else asked wrongly.
 */
@RestControllerAdvice(basePackages = "app.baton")
public class ApiErrors {

    /** The body of every error answer. */
    public record ErrorJson(String error, String message) {}

    private static final Set<String> TOO_LARGE = Set.of("file.tooLarge", "report.tooLarge");
    private static final Set<String> UNSUPPORTED =
            Set.of("file.typeNotAllowed", "file.typeMismatch", "report.notSpreadsheet");
    private static final Set<String> UNREADABLE = Set.of(
            "file.unreadable",
            "file.empty",
            "report.empty",
            "report.unreadable",
            "report.notUtf8",
            "report.zipBomb",
            "report.unrecognised",
            "report.tooManyColumns",
            "report.tooManyRows",
            "report.noRows",
            "report.badValue",
            "report.currencyNotCompany",
            "report.currencyMixed");
    private static final Set<String> NOT_FOUND = Set.of("engagement.notFound", "report.notFound", "sales.notFound");
    private static final Set<String> CONFLICT =
            Set.of("report.alreadyAccepted", "report.uploadedConcurrently", "sales.uploadedConcurrently");

    private final MessageSource messages;
    private final long reportMegabytes;
    private final long salesMegabytes;

    ApiErrors(
            MessageSource messages,
            @org.springframework.beans.factory.annotation.Value("${baton.reports.max-megabytes:20}")
                    long reportMegabytes,
            @org.springframework.beans.factory.annotation.Value("${baton.sales.max-megabytes:150}")
                    long salesMegabytes) {
        this.messages = messages;
        this.reportMegabytes = reportMegabytes;
        this.salesMegabytes = salesMegabytes;
    }

    public static HttpStatus status(String code) {
        if (TOO_LARGE.contains(code)) {
            return HttpStatus.PAYLOAD_TOO_LARGE;
        }
        if (UNSUPPORTED.contains(code)) {
            return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        }
        if (UNREADABLE.contains(code) || (code.startsWith("sales.") && !code.equals("sales.notFound"))) {
            return HttpStatus.UNPROCESSABLE_CONTENT;
        }
        if (NOT_FOUND.contains(code)) {
            return HttpStatus.NOT_FOUND;
        }
        if (CONFLICT.contains(code)) {
            return HttpStatus.CONFLICT;
        }
        if (code.equals("report.busy")) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        return HttpStatus.BAD_REQUEST;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ErrorJson> refused(DomainException e, HttpServletRequest request) {
        ResponseEntity<ErrorJson> answer = error(status(e.messageKey()), e.messageKey(), e.arguments(), request);
        if (e.messageKey().equals("report.busy")) {
            // a bulkhead is full: come back shortly rather than queueing
            return ResponseEntity.status(answer.getStatusCode())
                    .header("Retry-After", "30")
                    .body(answer.getBody());
        }
        return answer;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ErrorJson> tooLarge(HttpServletRequest request) {
        boolean sales = request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/sales");
        return error(
                HttpStatus.PAYLOAD_TOO_LARGE,
                "file.tooLarge",
                new Object[] {sales ? salesMegabytes : reportMegabytes},
                request);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ErrorJson> notMultipart(HttpServletRequest request) {
        return error(HttpStatus.BAD_REQUEST, "api.fileRequired", new Object[0], request);
    }

    @ExceptionHandler(org.springframework.web.multipart.support.MissingServletRequestPartException.class)
    ResponseEntity<ErrorJson> missingPart(HttpServletRequest request) {
        return error(HttpStatus.BAD_REQUEST, "api.fileRequired", new Object[0], request);
    }

    private ResponseEntity<ErrorJson> error(HttpStatus status, String code, Object[] args, HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        return ResponseEntity.status(status).body(new ErrorJson(code, messages.getMessage(code, args, locale)));
    }
}
