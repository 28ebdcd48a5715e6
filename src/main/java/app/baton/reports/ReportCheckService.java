package app.baton.reports;

import app.baton.reports.checks.Flag;
import app.baton.reports.checks.ReportChecks;
import app.baton.reports.parsing.ColumnMapping;
import app.baton.reports.parsing.ParsedReport;
import app.baton.reports.parsing.ReportParser;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.shared.DomainException;
import app.baton.shared.storage.Uploads;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A file read without storing anything: the API's check of a month's report (what an upload would say), and a sample
 * file's column names for the agency's layout. Both run in the report bulkhead with the upload's limits.
 */
@Service
public class ReportCheckService {

    private final AgencyLayoutService agencyLayouts;
    private final ReportGate gate;
    private final CurrentUser currentUser;
    private final long maxBytes;

    ReportCheckService(
            AgencyLayoutService agencyLayouts, ReportGate gate, CurrentUser currentUser, ReportProperties properties) {
        this.agencyLayouts = agencyLayouts;
        this.gate = gate;
        this.currentUser = currentUser;
        this.maxBytes = properties.maxBytes();
    }

    /** The largest file accepted, in bytes (an upload's limit). */
    @PreAuthorize("hasRole('VENDOR')")
    public long maxBytes() {
        return maxBytes;
    }

    /** A file read and checked without storing anything. */
    public record CheckOutcome(ParsedReport report, List<Flag> flags) {}

    /**
     * Reads and checks a file for a month without storing it (the API's check): the single-file checks only. Runs in
     * the bulkhead like an upload. Refusals: as for reading an upload, and {@code report.busy}.
     */
    @PreAuthorize("hasRole('VENDOR')")
    public CheckOutcome check(YearMonth month, byte[] content) {
        MembershipInfo membership = currentUser.requireMembership();
        // the agency's own layout is read here as it is on upload: the check says what an upload would say
        ColumnMapping mapping = AgencyLayoutService.mapping(agencyLayouts.layoutOf(membership.vendorOrganisationId()));
        try {
            ParsedReport report = gate.run(() -> ReportParser.parse(content, ReportService.limits(maxBytes), mapping));
            ReportService.requireCompanyCurrency(report, membership.currency());
            return new CheckOutcome(report, ReportChecks.run(report, month));
        } catch (IOException e) {
            throw new DomainException("report.unreadable");
        }
    }

    /** The column names of a sample file, to map them (refusals as for an upload). */
    @PreAuthorize("hasRole('VENDOR')")
    public List<String> headersOf(String fileName, InputStream content) {
        Uploads.Checked checked = null;
        try {
            checked = Uploads.check(Uploads.displayName(fileName), content, maxBytes, ReportService.METRICS_TYPES);
            java.nio.file.Path sample = checked.file();
            return gate.run(
                    () -> ReportParser.headerCandidates(Files.readAllBytes(sample), ReportService.limits(maxBytes)));
        } catch (IOException e) {
            throw new DomainException("file.unreadable");
        } finally {
            if (checked != null) {
                try {
                    Files.deleteIfExists(checked.file());
                } catch (IOException ignored) {
                    // a temporary file the system cleans up anyway
                }
            }
        }
    }
}
