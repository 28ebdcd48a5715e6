package app.baton.reports;

import app.baton.reports.ReportEvents.ReportAction;
import app.baton.reports.checks.Flag;
import app.baton.reports.internal.ChannelSumFigures;
import app.baton.reports.internal.ChannelSumRepository;
import app.baton.reports.internal.ClaimedVersion;
import app.baton.reports.internal.FlagEntity;
import app.baton.reports.internal.FlagRepository;
import app.baton.reports.internal.ReportMessageEntity;
import app.baton.reports.internal.ReportMessageRepository;
import app.baton.reports.internal.ReportVersionRepository;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.tenancy.MembershipService;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claimed against verified: the current report of each engagement for a month (its latest version, unless rejected)
 * is checked against the company's own sales ({@link GroundTruth}) when a report is uploaded and again whenever sales
 * for the month arrive. A flag found later is added to the version with the day it was found and said in the review
 * thread; a code already on the version is not added twice. Reached only from an upload (the uploader's own
 * transaction) and from the sales module's listener, never by a screen.
 */
@Component
public class Reconciliation {

    private final ObjectProvider<GroundTruth> truth;
    private final ReportVersionRepository versions;
    private final ChannelSumRepository channelSums;
    private final FlagRepository flags;
    private final ReportMessageRepository messages;
    private final app.baton.budgets.ChannelService channels;
    private final MembershipService memberships;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reconciliation(
            ObjectProvider<GroundTruth> truth,
            ReportVersionRepository versions,
            ChannelSumRepository channelSums,
            FlagRepository flags,
            ReportMessageRepository messages,
            app.baton.budgets.ChannelService channels,
            MembershipService memberships,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.truth = truth;
        this.versions = versions;
        this.channelSums = channelSums;
        this.flags = flags;
        this.messages = messages;
        this.channels = channels;
        this.memberships = memberships;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Checks the month's current reports against the company's sales and stores the flags not yet on them; {@code
     * uploadedVersionId} is the version being uploaded (its new flags are part of the upload, not a later finding).
     * Returns the new flags per version id.
     */
    @Transactional
    public Map<Long, List<Flag>> recheck(YearMonth month, long uploadedVersionId) {
        GroundTruth groundTruth = truth.getIfAvailable();
        if (groundTruth == null) {
            return Map.of();
        }
        List<GroundTruth.Claim> claims = claims(month);
        if (claims.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Flag>> found = groundTruth.reconcile(month, claims);
        if (found.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<FlagEntity>> existing = new HashMap<>();
        for (FlagEntity f : flags.findByReportVersionIdIn(found.keySet())) {
            existing.computeIfAbsent(f.reportVersionId(), k -> new ArrayList<>())
                    .add(f);
        }
        Map<Long, List<Flag>> added = new LinkedHashMap<>();
        Instant now = clock.instant();
        MembershipInfo membership = currentUser.requireMembership();
        long me = currentUser.require().userId();
        for (GroundTruth.Claim claim : claims) {
            List<Flag> candidates = found.getOrDefault(claim.versionId(), List.of());
            Set<String> codes = new HashSet<>();
            existing.getOrDefault(claim.versionId(), List.of()).forEach(f -> codes.add(f.code()));
            List<Flag> fresh =
                    candidates.stream().filter(f -> codes.add(f.code())).toList();
            if (fresh.isEmpty()) {
                continue;
            }
            added.put(claim.versionId(), fresh);
            for (Flag flag : fresh) {
                FlagEntity saved = flags.save(new FlagEntity(
                                claim.versionId(),
                                flag.code(),
                                flag.severity(),
                                FlagText.encodeRows(flag.rows()),
                                FlagText.encodeArguments(flag.arguments()))
                        .foundAt(now));
                if (claim.versionId() != uploadedVersionId) {
                    messages.save(new ReportMessageEntity(
                            claim.versionId(), saved.id(), MessageKind.RECONCILED, flag.code(), me, now));
                }
            }
            if (claim.versionId() != uploadedVersionId) {
                events.publishEvent(new ReportEvents.ReportChanged(
                        membership.tenantId(),
                        null,
                        null,
                        ReportAction.RECONCILED,
                        claim.engagementId(),
                        claim.versionId(),
                        month.toString(),
                        claim.engagement(),
                        memberships.recipients(null),
                        "v" + claim.versionNumber() + " " + month + ": "
                                + String.join(
                                        ", ", fresh.stream().map(Flag::code).toList()),
                        null));
                List<String> critical = Flag.criticalCodes(fresh);
                if (!critical.isEmpty()) {
                    events.publishEvent(new ReportEvents.ReportChanged(
                            membership.tenantId(),
                            null,
                            null,
                            ReportAction.CRITICAL_FLAG,
                            claim.engagementId(),
                            claim.versionId(),
                            month.toString(),
                            claim.engagement(),
                            memberships.recipients(null),
                            String.join(", ", critical),
                            null));
                }
            }
        }
        return added;
    }

    /** The month's current report of each engagement with what it claims (four queries). */
    List<GroundTruth.Claim> claims(YearMonth month) {
        return claims(month, month).getOrDefault(month, List.of());
    }

    /** Each month's current reports in [from, to] with what they claim, in three queries whatever the span. */
    Map<YearMonth, List<GroundTruth.Claim>> claims(YearMonth from, YearMonth to) {
        List<ClaimedVersion> current =
                versions.currentOfEachMonthBetween(from.atDay(1), to.atDay(1), ReviewStatus.REJECTED);
        if (current.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<ChannelSumFigures>> sums = new HashMap<>();
        Set<Long> channelIds = new HashSet<>();
        for (ChannelSumFigures s :
                channelSums.ofCurrentVersionsBetween(from.atDay(1), to.atDay(1), ReviewStatus.REJECTED)) {
            sums.computeIfAbsent(s.versionId(), k -> new ArrayList<>()).add(s);
            channelIds.add(s.channelId());
        }
        Map<Long, String> codes = new HashMap<>();
        channels.channels(channelIds).forEach(c -> codes.put(c.id(), c.key()));
        Map<YearMonth, List<GroundTruth.Claim>> claims = new LinkedHashMap<>();
        for (ClaimedVersion v : current) {
            Map<String, EngagementKpi.Sums> byChannel = new LinkedHashMap<>();
            for (ChannelSumFigures s : sums.getOrDefault(v.versionId(), List.of())) {
                byChannel.put(codes.getOrDefault(s.channelId(), "#" + s.channelId()), s.sums());
            }
            claims.computeIfAbsent(YearMonth.from(v.reportMonth()), k -> new ArrayList<>())
                    .add(new GroundTruth.Claim(
                            v.engagementId(),
                            v.engagement(),
                            v.versionId(),
                            v.versionNumber(),
                            v.kind(),
                            v.sums(),
                            byChannel));
        }
        return claims;
    }
}
