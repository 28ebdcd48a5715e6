package app.baton.reports;

import app.baton.reports.ReportEvents.ReportAction;
import app.baton.reports.internal.EngagementEntity;
import app.baton.reports.internal.FlagEntity;
import app.baton.reports.internal.FlagRepository;
import app.baton.reports.internal.ReportMessageEntity;
import app.baton.reports.internal.ReportMessageRepository;
import app.baton.reports.internal.ReportVersionEntity;
import app.baton.reports.internal.ReportVersionRepository;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.security.MembershipRole;
import app.baton.shared.DomainException;
import app.baton.shared.TextLimits;
import app.baton.tenancy.MembershipService;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewing report versions: founders and successors accept, ask for clarification or reject (a reason for the last
 * two), turn flags into questions and resolve or dismiss them with a reason; the agency's people answer in the
 * thread. The other side is told in-app at every step, and every step is audited. What the pages read is in
 * {@link ReportVersionQueryService} and {@link ReportStatusQueryService}.
 */
@Service
public class ReviewService {

    private final EngagementQueryService engagements;
    private final ReportFileService reports;
    private final ReportVersionRepository versions;
    private final FlagRepository flags;
    private final ReportMessageRepository messages;
    private final MembershipService memberships;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewService(
            EngagementQueryService engagements,
            ReportFileService reports,
            ReportVersionRepository versions,
            FlagRepository flags,
            ReportMessageRepository messages,
            MembershipService memberships,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.engagements = engagements;
        this.reports = reports;
        this.versions = versions;
        this.flags = flags;
        this.messages = messages;
        this.memberships = memberships;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Decides on the latest version of a month: ACCEPTED, CLARIFICATION_REQUESTED or REJECTED (a reason is required
     * for the last two). Refusals: {@code report.notLatest}, {@code report.alreadyDecided}, {@code
     * report.reasonRequired}, {@code report.changedConcurrently}.
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public void review(long versionId, long expectedVersion, ReviewStatus decision, @Nullable String reason) {
        ReportVersionEntity v = reports.visibleVersion(versionId);
        if (decision == ReviewStatus.SUBMITTED) {
            throw new IllegalArgumentException("not a decision");
        }
        requireLatest(v);
        if (!v.status().reviewable()) {
            throw new DomainException("report.alreadyDecided");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (decision != ReviewStatus.ACCEPTED && why == null) {
            throw new DomainException("report.reasonRequired");
        }
        if (why != null && why.length() > TextLimits.TEXT) {
            throw new DomainException("report.noteTooLong", TextLimits.TEXT);
        }
        if (v.version() != expectedVersion) {
            throw new DomainException("report.changedConcurrently");
        }
        ReviewStatus before = v.status();
        long me = currentUser.require().userId();
        v.review(decision, me, clock.instant(), why);
        try {
            versions.saveAndFlush(v);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new DomainException("report.changedConcurrently");
        }
        messages.save(new ReportMessageEntity(
                v.id(), null, MessageKind.valueOf(decision.name()), why == null ? "" : why, me, clock.instant()));
        publish(v, ReportAction.of(decision), before + " → " + decision, why);
    }

    /** Asks the agency a question, about a flag of the version ({@code flagId}) or in general. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public void ask(long versionId, @Nullable Long flagId, String question) {
        ReportVersionEntity v = reports.visibleVersion(versionId);
        String text = text(question);
        if (flagId != null) {
            FlagEntity flag = flagOf(v, flagId);
            if (flag.state().closed()) {
                throw new DomainException("report.flagClosed");
            }
            flag.question();
        }
        messages.save(new ReportMessageEntity(
                v.id(),
                flagId,
                MessageKind.QUESTION,
                text,
                currentUser.require().userId(),
                clock.instant()));
        publish(v, ReportAction.QUESTION, flagId == null ? "question" : "question on flag #" + flagId, text);
    }

    /** The agency answers in the thread of the month's latest version (about a flag, or in general). */
    @PreAuthorize("hasRole('VENDOR')")
    @Transactional
    public void answer(long versionId, @Nullable Long flagId, String answer) {
        ReportVersionEntity v = reports.visibleVersion(versionId);
        String text = text(answer);
        if (flagId != null) {
            flagOf(v, flagId);
        }
        messages.save(new ReportMessageEntity(
                v.id(), flagId, MessageKind.ANSWER, text, currentUser.require().userId(), clock.instant()));
        publish(v, ReportAction.ANSWER, flagId == null ? "answer" : "answer on flag #" + flagId, text);
    }

    /** Resolves or dismisses a flag with a reason. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public void closeFlag(long versionId, long flagId, FlagState outcome, String reason) {
        if (!outcome.closed()) {
            throw new IllegalArgumentException("not a closing state");
        }
        ReportVersionEntity v = reports.visibleVersion(versionId);
        FlagEntity flag = flagOf(v, flagId);
        if (flag.state().closed()) {
            throw new DomainException("report.flagClosed");
        }
        String text = text(reason);
        long me = currentUser.require().userId();
        flag.close(outcome, text, me, clock.instant());
        messages.save(new ReportMessageEntity(
                v.id(),
                flagId,
                outcome == FlagState.RESOLVED ? MessageKind.FLAG_RESOLVED : MessageKind.FLAG_DISMISSED,
                text,
                me,
                clock.instant()));
        publish(v, ReportAction.of(outcome), flag.code() + " #" + flagId + " → " + outcome, text);
    }

    private FlagEntity flagOf(ReportVersionEntity v, long flagId) {
        FlagEntity flag = flags.findById(flagId).orElseThrow(() -> new DomainException("report.notFound"));
        if (flag.reportVersionId() != v.id()) {
            throw new DomainException("report.notFound");
        }
        return flag;
    }

    private void requireLatest(ReportVersionEntity v) {
        List<ReportVersionEntity> month =
                versions.findByEngagementIdAndReportMonthOrderByVersionNumberDesc(v.engagementId(), v.reportMonth());
        if (month.get(0).id() != v.id()) {
            throw new DomainException("report.notLatest");
        }
    }

    private static String text(String text) {
        String clean = text.strip();
        if (clean.isEmpty()) {
            throw new DomainException("report.textRequired");
        }
        if (clean.length() > TextLimits.LONG_TEXT) {
            throw new DomainException("report.noteTooLong", TextLimits.LONG_TEXT);
        }
        return clean;
    }

    private void publish(ReportVersionEntity v, ReportAction action, String summary, @Nullable String reason) {
        MembershipInfo membership = currentUser.requireMembership();
        EngagementEntity engagement = engagements.visible(v.engagementId());
        boolean vendor = membership.role() == MembershipRole.VENDOR;
        events.publishEvent(new ReportEvents.ReportChanged(
                membership.tenantId(),
                currentUser.require().userId(),
                membership.role().name(),
                action,
                v.engagementId(),
                v.id(),
                YearMonth.from(v.reportMonth()).toString(),
                engagement.title(),
                memberships.recipients(vendor ? null : engagement.vendorOrganisationId()),
                YearMonth.from(v.reportMonth()) + " v" + v.versionNumber() + ": " + summary,
                reason));
    }
}
