package app.baton.reports;

import app.baton.reports.ReportEvents.ReportAction;
import app.baton.reports.checks.Flag;
import app.baton.reports.checks.History;
import app.baton.reports.checks.Metrics;
import app.baton.reports.internal.AgencyLayoutEntity;
import app.baton.reports.internal.ChannelSumEntity;
import app.baton.reports.internal.ChannelSumRepository;
import app.baton.reports.internal.EngagementEntity;
import app.baton.reports.internal.FlagEntity;
import app.baton.reports.internal.FlagRepository;
import app.baton.reports.internal.ReportAttachmentEntity;
import app.baton.reports.internal.ReportAttachmentRepository;
import app.baton.reports.internal.ReportMessageEntity;
import app.baton.reports.internal.ReportMessageRepository;
import app.baton.reports.internal.ReportVersionEntity;
import app.baton.reports.internal.ReportVersionRepository;
import app.baton.reports.parsing.Field;
import app.baton.reports.parsing.ParsedReport;
import app.baton.reports.parsing.ReportFormat;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.shared.DomainException;
import app.baton.shared.TextLimits;
import app.baton.shared.storage.Uploads;
import app.baton.tenancy.MembershipService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes an upload's rows once its files are stored, in the caller's short transaction: the version (numbered after the
 * month's newest), its per-channel sums, its flags with the reconciliation's, its attachments, the thread's first
 * message and the event that audits and notifies. {@link ReportService} reads, checks and stores the files first.
 */
@Component
final class ReportRecorder {

    private final EngagementQueryService engagements;
    private final ReportVersionRepository versions;
    private final FlagRepository flags;
    private final ReportMessageRepository messages;
    private final ReportAttachmentRepository attachments;
    private final ChannelSumRepository channelSums;
    private final app.baton.budgets.ChannelService channels;
    private final MembershipService memberships;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Reconciliation reconciliation;

    ReportRecorder(
            EngagementQueryService engagements,
            ReportVersionRepository versions,
            FlagRepository flags,
            ReportMessageRepository messages,
            ReportAttachmentRepository attachments,
            ChannelSumRepository channelSums,
            app.baton.budgets.ChannelService channels,
            MembershipService memberships,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            Reconciliation reconciliation) {
        this.engagements = engagements;
        this.versions = versions;
        this.flags = flags;
        this.messages = messages;
        this.attachments = attachments;
        this.channelSums = channelSums;
        this.channels = channels;
        this.memberships = memberships;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.reconciliation = reconciliation;
    }

    /** What an upload is read and checked against: the engagement, the agency's layout, earlier accepted months. */
    record Basis(EngagementEntity engagement, @Nullable AgencyLayoutEntity layout, History history) {}

    /** An attachment of an upload, checked, and once stored, its key. */
    record StoredAttachment(String name, Uploads.Checked file, String key) {}

    /** Where an upload's files went: the report as sent, its parsed rows, its attachments. */
    record StoredFiles(String key, String rowsKey, List<StoredAttachment> attachments) {}

    /** The month's newest version, refused if it is accepted: nothing more is uploaded for an accepted month. */
    Optional<ReportVersionEntity> requireNotAccepted(long engagementId, YearMonth month) {
        Optional<ReportVersionEntity> newest =
                versions.findFirstByEngagementIdAndReportMonthOrderByVersionNumberDesc(engagementId, month.atDay(1));
        if (newest.isPresent() && newest.get().status() == ReviewStatus.ACCEPTED) {
            throw new DomainException("report.alreadyAccepted");
        }
        return newest;
    }

    /**
     * The upload's rows, in one short transaction once its files are stored: the version (numbered after the
     * month's newest, which must still not be accepted), its per-channel sums, its flags with the reconciliation's,
     * its attachments, the thread's first message and the event that audits and notifies.
     */
    ReportService.Submitted record(
            Basis basis,
            YearMonth month,
            String name,
            @Nullable String cleanNote,
            Uploads.Checked checked,
            ParsedReport report,
            List<Flag> checks,
            StoredFiles stored,
            MembershipInfo membership) {
        EngagementEntity engagement = basis.engagement();
        // uploads of the engagement wait here for each other, so two of one month at once become two versions
        engagements.lockForUpload(engagement.id());
        int number = requireNotAccepted(engagement.id(), month)
                        .map(ReportVersionEntity::versionNumber)
                        .orElse(0)
                + 1;
        long me = currentUser.require().userId();
        Instant now = clock.instant();
        ReportVersionEntity version = versions.saveAndFlush(
                newVersion(basis, month, number, name, cleanNote, checked, report, stored, me, now));
        saveChannelSums(engagement, version, report);
        List<Flag> found = saveFlags(version, month, checks);
        saveAttachments(version, stored.attachments());
        messages.save(new ReportMessageEntity(
                version.id(), null, MessageKind.UPLOADED, cleanNote == null ? "" : cleanNote, me, now));
        events.publishEvent(new ReportEvents.ReportChanged(
                membership.tenantId(),
                me,
                membership.role().name(),
                ReportAction.SUBMITTED,
                engagement.id(),
                version.id(),
                month.toString(),
                engagement.title(),
                memberships.recipients(null),
                "v" + number + " " + month + " " + name + " (" + report.format() + ", "
                        + report.rows().size()
                        + " rows, " + checked.size() + " bytes, sha256 " + checked.sha256() + ", "
                        + found.size() + " flags)",
                null));
        criticalFlags(membership, me, engagement, version.id(), month, found);
        return new ReportService.Submitted(version.id(), number, report, found);
    }

    /** Tells the family at once of a CRITICAL red flag among those just found (LINE and e-mail carry it too). */
    private void criticalFlags(
            MembershipInfo membership,
            long actor,
            EngagementEntity engagement,
            long versionId,
            YearMonth month,
            List<Flag> found) {
        List<String> critical = Flag.criticalCodes(found);
        if (!critical.isEmpty()) {
            events.publishEvent(new ReportEvents.ReportChanged(
                    membership.tenantId(),
                    actor,
                    membership.role().name(),
                    ReportAction.CRITICAL_FLAG,
                    engagement.id(),
                    versionId,
                    month.toString(),
                    engagement.title(),
                    memberships.recipients(null),
                    String.join(", ", critical),
                    null));
        }
    }

    /** The version row: what was sent, where it is stored, its totals, and the layout and encoding it was read with. */
    private static ReportVersionEntity newVersion(
            Basis basis,
            YearMonth month,
            int number,
            String name,
            @Nullable String cleanNote,
            Uploads.Checked checked,
            ParsedReport report,
            StoredFiles stored,
            long me,
            Instant now) {
        Map<Field, BigDecimal> sums = report.totals();
        AgencyLayoutEntity layout = basis.layout();
        return new ReportVersionEntity(
                        basis.engagement().id(),
                        month.atDay(1),
                        number,
                        report.format(),
                        name,
                        checked.mediaType(),
                        checked.size(),
                        checked.sha256(),
                        stored.key(),
                        stored.rowsKey(),
                        report.rows().size(),
                        sums.get(Field.IMPRESSIONS),
                        sums.get(Field.CLICKS),
                        sums.get(Field.COST),
                        sums.get(Field.CONVERSIONS),
                        sums.get(Field.CONVERSION_VALUE),
                        sums.get(Field.NEW_CUSTOMERS),
                        clip(String.join("\n", report.definitions()), TextLimits.TEXT),
                        clip(String.join("\n", Metrics.campaigns(report)), TextLimits.LONG_TEXT),
                        cleanNote,
                        me,
                        now)
                .readWithLayout(layout != null && report.format() == ReportFormat.VENDOR_MAPPING ? layout.id() : null)
                .readInEncoding(report.encoding(), report.encodingDetected());
    }

    /** The version's sums per channel of the engagement's scope. */
    private void saveChannelSums(EngagementEntity engagement, ReportVersionEntity version, ParsedReport report) {
        ChannelKpis.byScope(
                        ChannelKpis.of(report),
                        channels.channels(EngagementQueryService.channelIds(engagement.channelIds())),
                        report.format())
                .forEach((channelId, channelSums) ->
                        this.channelSums.save(new ChannelSumEntity(version.id(), channelId, channelSums)));
    }

    /** The checks' flags, and the reconciliation's against the company's own sales for the month (decision 015). */
    private List<Flag> saveFlags(ReportVersionEntity version, YearMonth month, List<Flag> checks) {
        for (Flag flag : checks) {
            flags.save(new FlagEntity(
                    version.id(),
                    flag.code(),
                    flag.severity(),
                    FlagText.encodeRows(flag.rows()),
                    FlagText.encodeArguments(flag.arguments())));
        }
        // written now: the reconciliation reads the channel sums saved above
        channelSums.flush();
        List<Flag> found = new ArrayList<>(checks);
        found.addAll(reconciliation.recheck(month, version.id()).getOrDefault(version.id(), List.of()));
        return found;
    }

    private void saveAttachments(ReportVersionEntity version, List<StoredAttachment> stored) {
        for (StoredAttachment extra : stored) {
            attachments.save(new ReportAttachmentEntity(
                    version.id(),
                    extra.name(),
                    extra.file().mediaType(),
                    extra.file().size(),
                    extra.file().sha256(),
                    extra.key()));
        }
    }

    static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
