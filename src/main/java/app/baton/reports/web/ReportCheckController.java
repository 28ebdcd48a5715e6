package app.baton.reports.web;

import app.baton.reports.checks.Flag;
import app.baton.reports.checks.ReportChecks;
import app.baton.reports.parsing.Field;
import app.baton.reports.parsing.ParsedReport;
import app.baton.reports.parsing.ReportParser;
import app.baton.shared.DomainException;
import app.baton.shared.Kpis;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * {@code POST /api/v1/reports/check?month=YYYY-MM} (multipart field {@code file}, vendor token): parses the file and
 * answers its format, rows, totals, KPIs and red flags as JSON, storing nothing. A file that cannot be read answers
 * 400 with {@code {"error", "message"}}; the server stays healthy. Messages follow the request's Accept-Language
 * (Traditional Chinese by default).
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportCheckController {

    private final MessageSource messages;

    ReportCheckController(MessageSource messages) {
        this.messages = messages;
    }

    record FlagJson(String code, String severity, List<Integer> rows, String message) {}

    record CheckJson(
            String format,
            String month,
            int rows,
            Map<String, BigDecimal> totals,
            Map<String, @Nullable BigDecimal> kpis,
            List<FlagJson> flags) {}

    record ErrorJson(String error, String message) {}

    @PostMapping(path = "/check", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('VENDOR')")
    CheckJson check(
            @RequestParam("month") String month,
            @RequestParam("file") MultipartFile file,
            jakarta.servlet.http.HttpServletRequest request)
            throws IOException {
        YearMonth reported;
        try {
            reported = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new DomainException("report.badMonth");
        }
        ParsedReport report = ReportParser.parse(file.getBytes(), ReportParser.Limits.defaults());
        Locale locale = RequestContextUtils.getLocale(request);
        Map<Field, BigDecimal> sums = report.totals();
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        put(totals, "impressions", sums.get(Field.IMPRESSIONS));
        put(totals, "clicks", sums.get(Field.CLICKS));
        put(totals, "cost", sums.get(Field.COST));
        put(totals, "conversions", sums.get(Field.CONVERSIONS));
        put(totals, "conversionValue", sums.get(Field.CONVERSION_VALUE));
        put(totals, "newCustomers", sums.get(Field.NEW_CUSTOMERS));
        put(totals, "sessions", sums.get(Field.SESSIONS));
        Map<String, @Nullable BigDecimal> kpis = new LinkedHashMap<>();
        kpis.put("ctr", Kpis.ctr(sums.get(Field.CLICKS), sums.get(Field.IMPRESSIONS)));
        kpis.put("cpc", Kpis.cpc(sums.get(Field.COST), sums.get(Field.CLICKS)));
        kpis.put("cpa", Kpis.cpa(sums.get(Field.COST), sums.get(Field.CONVERSIONS)));
        kpis.put("cr", Kpis.cr(sums.get(Field.CONVERSIONS), sums.get(Field.CLICKS)));
        kpis.put("roas", Kpis.roas(sums.get(Field.CONVERSION_VALUE), sums.get(Field.COST)));
        kpis.put("cac", Kpis.cac(sums.get(Field.COST), sums.get(Field.NEW_CUSTOMERS)));
        List<FlagJson> flags = ReportChecks.run(report, reported).stream()
                .map(f -> new FlagJson(f.code(), f.severity().name(), f.rows(), message(f, locale)))
                .toList();
        return new CheckJson(
                report.format().name(), reported.toString(), report.rows().size(), totals, kpis, flags);
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ErrorJson> refused(DomainException e, jakarta.servlet.http.HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        return ResponseEntity.badRequest()
                .body(new ErrorJson(e.messageKey(), messages.getMessage(e.messageKey(), e.arguments(), locale)));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ErrorJson> tooLarge(jakarta.servlet.http.HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .body(new ErrorJson(
                        "report.tooLarge", messages.getMessage("report.tooLarge", new Object[] {20}, locale)));
    }

    private String message(Flag flag, Locale locale) {
        Object[] args = flag.arguments().toArray();
        String rows = flag.rows().isEmpty()
                ? ""
                : " "
                        + messages.getMessage(
                                "flag.rows",
                                new Object[] {
                                    String.join(
                                            ", ",
                                            flag.rows().stream()
                                                    .map(String::valueOf)
                                                    .toList())
                                },
                                locale);
        return messages.getMessage(flag.messageKey(), args, locale) + rows;
    }

    private static void put(Map<String, BigDecimal> totals, String name, @Nullable BigDecimal value) {
        if (value != null) {
            totals.put(name, value);
        }
    }
}
