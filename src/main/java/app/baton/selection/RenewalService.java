package app.baton.selection;

import app.baton.reports.EngagementTerms;
import app.baton.reports.EngagementView;
import app.baton.reports.TermsService;
import app.baton.reports.TermsVersion;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.selection.internal.RenewalEntity;
import app.baton.selection.internal.RenewalRepository;
import app.baton.shared.DomainException;
import app.baton.shared.TextLimits;
import app.baton.tenancy.MembershipService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The renewal review's decision, a founder's: renew (the terms in force, or the engagement's own, with a later end,
 * proposed to the agency and agreed as any terms), re-tender (a selection round for the next term, the agency asked
 * to propose beside others) or end (the agency is told). Once per end of term.
 */
@Service
public class RenewalService {

    private final RenewalQueryService queries;
    private final RenewalRepository renewals;
    private final TermsService terms;
    private final SelectionService selection;
    private final MembershipService memberships;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RenewalService(
            RenewalQueryService queries,
            RenewalRepository renewals,
            TermsService terms,
            SelectionService selection,
            MembershipService memberships,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.queries = queries;
        this.renewals = renewals;
        this.terms = terms;
        this.selection = selection;
        this.memberships = memberships;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Decides the renewal of an engagement in its review window. {@code newEnd}: the renewed term's end (renew);
     * {@code deadline}: the last day for proposals (re-tender). Returns the round's id for a re-tender, the terms
     * version's number for a renewal, 0 for an end.
     */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public long decide(
            long engagementId,
            RenewalChoice choice,
            String note,
            @Nullable LocalDate newEnd,
            @Nullable LocalDate deadline) {
        RenewalReview review = queries.review(engagementId);
        if (review.decision() != null) {
            throw new DomainException("renewal.decided");
        }
        String clean = note.strip();
        if (clean.isEmpty() || clean.length() > TextLimits.TEXT) {
            throw new DomainException("renewal.noteRequired");
        }
        EngagementView e = review.engagement();
        Long roundId = null;
        Integer termsNumber = null;
        switch (choice) {
            case RENEW -> {
                if (newEnd == null || !newEnd.isAfter(e.end())) {
                    throw new DomainException("terms.endNotLater");
                }
                termsNumber = terms.propose(e.id(), renewal(e, terms.terms(e.id()), clean, newEnd));
            }
            case RETENDER -> {
                LocalDate start = e.end().plusDays(1);
                LocalDate today = LocalDate.now(
                        clock.withZone(currentUser.requireMembership().zoneId()));
                LocalDate twoWeeksBefore = e.end().minusDays(14);
                LocalDate due = deadline != null ? deadline : twoWeeksBefore.isBefore(today) ? e.end() : twoWeeksBefore;
                roundId = selection.open(new SelectionService.RoundForm(
                        e.title(),
                        clean,
                        Set.copyOf(e.channelIds()),
                        start,
                        start.plusYears(1).minusDays(1),
                        due));
                selection.invite(roundId, e.agencyName(), null);
            }
            case END -> {
                // nothing to open: the engagement runs to the end of its term
            }
        }
        MembershipInfo me = currentUser.requireMembership();
        try {
            renewals.saveAndFlush(new RenewalEntity(
                    e.id(), e.end(), choice, clean, roundId, termsNumber, me.userId(), clock.instant()));
        } catch (DataIntegrityViolationException twice) {
            throw new DomainException("renewal.decided");
        }
        events.publishEvent(new SelectionEvents.RenewalDecided(
                me.tenantId(),
                me.userId(),
                me.role().name(),
                choice,
                e.id(),
                e.title(),
                e.end().toString(),
                choice + " at the end of " + e.end()
                        + (roundId == null ? "" : ", round " + roundId)
                        + (termsNumber == null ? "" : ", terms v" + termsNumber + " to " + newEnd),
                clean,
                Set.copyOf(memberships.recipients(null)),
                choice == RenewalChoice.END ? Set.copyOf(memberships.recipients(e.agencyId())) : Set.of()));
        return roundId != null ? roundId : termsNumber != null ? termsNumber : 0;
    }

    /** The terms a renewal proposes: those in force (or the engagement's own) with the later end. */
    private static TermsService.TermsForm renewal(
            EngagementView e, EngagementTerms all, String reason, LocalDate newEnd) {
        TermsVersion now = all.inForce();
        return new TermsService.TermsForm(
                now == null ? e.monthlyFee() : now.monthlyFee(),
                now == null ? e.mediaSpendCap() : now.mediaSpendCap(),
                now == null ? e.deliverables() : now.deliverables(),
                now == null ? e.vendorDuties() : now.vendorDuties(),
                now == null ? e.inHouseDuties() : now.inHouseDuties(),
                now == null ? e.targets() : now.targets(),
                now == null ? java.util.Map.of() : now.responsibilities(),
                now == null ? null : now.internalContactUserId(),
                reason,
                newEnd);
    }
}
