package app.baton.reports.web;

import app.baton.reports.ReportService;
import app.baton.reports.parsing.ReportParser;
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
 * {@code POST /api/v1/reports/check?month=YYYY-MM} (multipart field {@code file}, vendor token): parses the file and
 * answers its format, rows, totals, KPIs and red flags as JSON, storing nothing. Errors: see {@link app.baton.shared.web.ApiErrors}.
 * Messages follow the request's Accept-Language (Traditional Chinese by default).
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportCheckController {

    private final MessageSource messages;
    private final ReportService reports;

    ReportCheckController(MessageSource messages, ReportService reports) {
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
        ReportParser.Limits limits = ReportParser.Limits.defaults();
        if (file.getSize() > limits.maxBytes()) {
            throw new app.baton.shared.DomainException("report.tooLarge", limits.maxBytes() / (1024 * 1024));
        }
        // read into an array of the file's size: no growing buffers and copies for a 10 MB file
        byte[] content = new byte[(int) file.getSize()];
        try (java.io.InputStream in = file.getInputStream()) {
            int read = in.readNBytes(content, 0, content.length);
            if (read < content.length) {
                content = java.util.Arrays.copyOf(content, read);
            }
        }
        ReportService.CheckOutcome checked = reports.check(reported, content);
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
