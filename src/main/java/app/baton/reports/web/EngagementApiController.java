package app.baton.reports.web;

import app.baton.reports.EngagementQueryService;
import app.baton.reports.ReportService;
import app.baton.reports.ReportVersionQueryService;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The engagement part of the vendor API (vendor token): list one's engagements, upload a month's report version
 * (answered like the check, plus the stored version and the flags that need the engagement's history), and read
 * the versions with their review state. Another agency's or company's engagement answers 404.
 */
@RestController
@RequestMapping("/api/v1/engagements")
class EngagementApiController {

    private final EngagementQueryService engagements;
    private final ReportService reports;
    private final ReportVersionQueryService reviews;
    private final MessageSource messages;

    EngagementApiController(
            EngagementQueryService engagements,
            ReportService reports,
            ReportVersionQueryService reviews,
            MessageSource messages) {
        this.engagements = engagements;
        this.reports = reports;
        this.reviews = reviews;
        this.messages = messages;
    }

    record EngagementJson(long id, String title, String agency, String start, String end, int dueDay) {}

    record VersionJson(
            long id,
            String month,
            int version,
            String status,
            String format,
            String fileName,
            long size,
            String sha256,
            int rows,
            Instant uploadedAt,
            int flags,
            int openFlags) {}

    @Operation(summary = "The engagements of the token's agency in the token's company")
    @GetMapping
    @PreAuthorize("hasRole('VENDOR')")
    List<EngagementJson> engagements() {
        return engagements.engagements().stream()
                .map(e -> new EngagementJson(
                        e.id(),
                        e.title(),
                        e.agencyName(),
                        e.start().toString(),
                        e.end().toString(),
                        e.dueDay()))
                .toList();
    }

    @Operation(summary = "Upload a new version of a month's report (multipart: file, optional attachments, note)")
    @PostMapping(path = "/{id}/reports/{month}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('VENDOR')")
    ReportJson.CheckJson upload(
            @PathVariable long id,
            @PathVariable String month,
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "attachments", required = false) @Nullable List<MultipartFile> attachments,
            @RequestParam(name = "note", required = false) @Nullable String note,
            HttpServletRequest request)
            throws IOException {
        List<InputStream> opened = new ArrayList<>();
        try (InputStream content = file.getInputStream()) {
            List<ReportService.Incoming> extras = new ArrayList<>();
            for (MultipartFile attachment : attachments == null ? List.<MultipartFile>of() : attachments) {
                InputStream in = attachment.getInputStream();
                opened.add(in);
                extras.add(new ReportService.Incoming(
                        attachment.getOriginalFilename() == null ? "file" : attachment.getOriginalFilename(), in));
            }
            ReportService.Submitted submitted = reports.upload(
                    id,
                    Months.parse(month),
                    file.getOriginalFilename() == null ? "metrics.csv" : file.getOriginalFilename(),
                    content,
                    note,
                    extras);
            return ReportJson.body(
                    submitted.report(),
                    Months.parse(month),
                    submitted.flags(),
                    messages,
                    RequestContextUtils.getLocale(request),
                    submitted.versionId(),
                    submitted.versionNumber(),
                    request.isUserInRole(app.baton.security.Roles.VENDOR));
        } finally {
            for (InputStream in : opened) {
                in.close();
            }
        }
    }

    @Operation(summary = "Every version of the engagement's reports with its review state, newest first")
    @GetMapping("/{id}/reports")
    @PreAuthorize("hasRole('VENDOR')")
    List<VersionJson> versions(@PathVariable long id) {
        return reviews.versions(id).stream()
                .map(v -> new VersionJson(
                        v.id(),
                        v.month().toString(),
                        v.number(),
                        v.status().name(),
                        v.format().name(),
                        v.fileName(),
                        v.size(),
                        v.sha256(),
                        v.rows(),
                        v.uploadedAt(),
                        v.flagCount(),
                        v.openFlags()))
                .toList();
    }
}
