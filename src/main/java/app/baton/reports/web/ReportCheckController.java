package app.baton.reports.web;

import app.baton.reports.ReportCheckService;
import app.baton.reports.parsing.ReportParser;
import app.baton.shared.storage.Uploads;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.YearMonth;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * {@code POST /api/v1/reports/check?month=YYYY-MM} (multipart field {@code file}, or the file as the body; vendor
 * token): parses the file and answers its format, rows, totals, KPIs and red flags as JSON, storing nothing. Errors:
 * see {@link app.baton.shared.web.ApiErrors}. Messages follow the request's Accept-Language (Traditional Chinese by
 * default).
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportCheckController {

    private final MessageSource messages;
    private final ReportCheckService reports;

    ReportCheckController(MessageSource messages, ReportCheckService reports) {
        this.messages = messages;
        this.reports = reports;
    }

    @Operation(summary = "Check a report file without storing it: format, rows, totals, KPIs and red flags")
    @PostMapping(path = "/check", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('VENDOR')")
    ReportJson.CheckJson check(
            @RequestParam("month") String month, @RequestParam("file") MultipartFile file, HttpServletRequest request)
            throws IOException {
        YearMonth reported = Months.parse(month);
        byte[] content;
        try (java.io.InputStream in = file.getInputStream()) {
            content = Uploads.read(
                    in, file.getSize(), ReportParser.Limits.defaults().maxBytes());
        }
        return answer(reported, content, request);
    }

    /**
     * The same check with the file as the request's body ({@code curl --data-binary @file -H "Content-Type: text/csv"}):
     * no multipart parsing and no temporary file, so a large file is answered sooner. The type is told by the content,
     * as for a multipart upload; the body's content type only chooses this way of sending.
     */
    @Operation(summary = "Check a report file sent as the request body (text/csv, the XLSX type or octet-stream)")
    @PostMapping(
            path = "/check",
            consumes = {
                "text/csv",
                "text/plain",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                MediaType.APPLICATION_OCTET_STREAM_VALUE
            })
    @PreAuthorize("hasRole('VENDOR')")
    ReportJson.CheckJson checkBody(@RequestParam("month") String month, HttpServletRequest request) throws IOException {
        YearMonth reported = Months.parse(month);
        byte[] content = Uploads.read(
                request.getInputStream(),
                request.getContentLengthLong(),
                ReportParser.Limits.defaults().maxBytes());
        return answer(reported, content, request);
    }

    private ReportJson.CheckJson answer(YearMonth reported, byte[] content, HttpServletRequest request) {
        ReportCheckService.CheckOutcome checked = reports.check(reported, content);
        return ReportJson.body(
                checked.report(),
                reported,
                checked.flags(),
                messages,
                RequestContextUtils.getLocale(request),
                null,
                null,
                request.isUserInRole(app.baton.security.Roles.VENDOR));
    }
}
