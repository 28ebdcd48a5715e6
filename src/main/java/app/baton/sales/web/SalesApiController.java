package app.baton.sales.web;

import app.baton.reports.GroundTruth;
import app.baton.sales.SalesComparison;
import app.baton.sales.SalesQueryService;
import app.baton.sales.SalesService;
import app.baton.sales.VerifiedSales;
import app.baton.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The company's sales API (a founder's or successor's personal token): upload an order export or daily totals, list
 * the uploads, and read a month's claimed-against-verified figures. Errors as every API answer them ({@code
 * ApiErrors}); another company's upload answers 404.
 */
@RestController
@RequestMapping("/api/v1/sales")
class SalesApiController {

    private final SalesService sales;
    private final SalesQueryService queries;

    SalesApiController(SalesService sales, SalesQueryService queries) {
        this.queries = queries;
        this.sales = sales;
    }

    record UploadJson(
            long id,
            int version,
            String layout,
            String fileName,
            long size,
            String sha256,
            @Nullable String encoding,
            String from,
            String to,
            int rows,
            int orders,
            int cancelled,
            BigDecimal revenue,
            int newCustomers,
            boolean attribution,
            int totalsMismatch,
            List<Integer> totalsMismatchLines,
            Instant uploadedAt) {}

    record FiguresJson(BigDecimal orders, BigDecimal revenue, BigDecimal newCustomers) {}

    record ClaimJson(long engagementId, String engagement, long versionId, int version, FiguresJson claimed) {}

    record ComparisonJson(
            String month,
            int daysCovered,
            boolean complete,
            FiguresJson verified,
            FiguresJson claimed,
            Map<String, FiguresJson> verifiedByChannel,
            List<ClaimJson> claims) {}

    @Operation(summary = "Upload the company's sales (multipart: file) — an order export or Baton's daily totals")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    UploadJson upload(@RequestParam("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return json(
                    sales.upload(file.getOriginalFilename() == null ? "sales.csv" : file.getOriginalFilename(), in));
        }
    }

    @Operation(summary = "The company's sales uploads, newest first")
    @GetMapping
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    List<UploadJson> uploads() {
        return sales.uploads().stream().map(SalesApiController::json).toList();
    }

    @Operation(summary = "A month's claims (every engagement's current report) beside the company's own figures")
    @GetMapping("/reconciliation/{month}")
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    ComparisonJson reconciliation(@PathVariable String month) {
        SalesComparison c = queries.compare(parse(month));
        VerifiedSales v = c.verified();
        Map<String, FiguresJson> byChannel = new java.util.TreeMap<>();
        v.byChannel()
                .forEach((code, f) -> byChannel.put(
                        code.isEmpty() ? "UNATTRIBUTED" : code,
                        new FiguresJson(
                                BigDecimal.valueOf(f.orders()), f.revenue(), BigDecimal.valueOf(f.newCustomers()))));
        return new ComparisonJson(
                c.month().toString(),
                v.daysCovered(),
                v.complete(),
                new FiguresJson(BigDecimal.valueOf(v.orders()), v.revenue(), BigDecimal.valueOf(v.newCustomers())),
                new FiguresJson(c.claimedPurchases(), c.claimedValue(), c.claimedNewCustomers()),
                byChannel,
                c.claims().stream().map(SalesApiController::json).toList());
    }

    private static ClaimJson json(GroundTruth.Claim claim) {
        return new ClaimJson(
                claim.engagementId(),
                claim.engagement(),
                claim.versionId(),
                claim.versionNumber(),
                new FiguresJson(
                        zero(claim.total().conversions()),
                        zero(claim.total().conversionValue()),
                        zero(claim.total().newCustomers())));
    }

    private static BigDecimal zero(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static UploadJson json(SalesService.UploadView u) {
        return new UploadJson(
                u.id(),
                u.version(),
                u.layout().name(),
                u.fileName(),
                u.size(),
                u.sha256(),
                u.encoding(),
                u.from().toString(),
                u.to().toString(),
                u.rows(),
                u.orders(),
                u.cancelled(),
                u.revenue(),
                u.newCustomers(),
                u.attribution(),
                u.totalsMismatch(),
                u.mismatchLines(),
                u.uploadedAt());
    }

    private static YearMonth parse(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new DomainException("report.badMonth");
        }
    }
}
