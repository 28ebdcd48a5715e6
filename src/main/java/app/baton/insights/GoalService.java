package app.baton.insights;

import app.baton.insights.internal.GoalSheetEntity;
import app.baton.insights.internal.GoalSheetRepository;
import app.baton.security.BatonUser;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.security.MembershipRole;
import app.baton.shared.DomainException;
import app.baton.shared.validation.CommandCheck;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What changes the goal sheet (decision 020): either generation drafts a version (which carries the drafter's
 * signature), the other signs it; a version both a founder and a successor signed is agreed. A company without a
 * successor agrees its goals by the founder's signature alone (recorded as such; a successor who joins later signs
 * the next version). A version's figures
 * never change: a change is a new version, and the old ones stay. Every step is audited. Reads are in {@link
 * GoalQueryService}.
 */
@Service
public class GoalService {

    private final GoalSheetRepository sheets;
    private final GoalQueryService queries;
    private final app.baton.tenancy.MembershipService memberships;
    private final app.baton.budgets.ChannelService channels;
    private final CommandCheck commands;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    GoalService(
            GoalSheetRepository sheets,
            GoalQueryService queries,
            app.baton.tenancy.MembershipService memberships,
            app.baton.budgets.ChannelService channels,
            CommandCheck commands,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            java.time.Clock clock) {
        this.sheets = sheets;
        this.queries = queries;
        this.memberships = memberships;
        this.channels = channels;
        this.commands = commands;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Drafts the next version, signed by the drafter's generation; not in force until the other one signs too. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public GoalVersion draft(GoalSheet sheet) {
        commands.check(sheet);
        BatonUser me = currentUser.require();
        MembershipInfo membership = currentUser.requireMembership();
        int number = sheets.findAllByOrderByNumberDesc().stream()
                        .mapToInt(GoalSheetEntity::number)
                        .max()
                        .orElse(0)
                + 1;
        GoalSheetEntity entity = new GoalSheetEntity(number, clean(sheet), me.userId(), clock.instant());
        sign(entity, membership.role(), me.userId());
        try {
            entity = sheets.saveAndFlush(entity);
        } catch (DataIntegrityViolationException e) {
            // someone drafted the same number at the same moment
            throw new DomainException("goals.changed");
        }
        publish(entity, entity.agreed() ? "GOALS_AGREED" : "GOALS_DRAFTED");
        return queries.version(entity.id());
    }

    /**
     * The other generation signs the version the page showed ({@code expectedVersion}); with both signatures it is
     * agreed.
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public GoalVersion sign(long versionId, long expectedVersion) {
        GoalSheetEntity entity = sheets.findById(versionId).orElseThrow(() -> new DomainException("goals.notFound"));
        if (entity.version() != expectedVersion) {
            throw new DomainException("goals.changed");
        }
        sign(
                entity,
                currentUser.requireMembership().role(),
                currentUser.require().userId());
        try {
            sheets.saveAndFlush(entity);
        } catch (OptimisticLockingFailureException e) {
            throw new DomainException("goals.changed");
        }
        publish(entity, entity.agreed() ? "GOALS_AGREED" : "GOALS_SIGNED");
        return queries.version(entity.id());
    }

    private void sign(GoalSheetEntity entity, MembershipRole role, long userId) {
        java.time.Instant now = clock.instant();
        switch (role) {
            case FOUNDER ->
                entity.signAsFounder(
                        userId,
                        now,
                        memberships.members().stream().noneMatch(m -> m.role() == MembershipRole.SUCCESSOR));
            case SUCCESSOR -> entity.signAsSuccessor(userId, now);
            default -> throw new DomainException("goals.familyOnly");
        }
    }

    /**
     * The note stripped (an empty note as none), and the channels' own targets without empty rows; a channel named
     * twice, or one that is not this company's, is refused.
     */
    private GoalSheet clean(GoalSheet s) {
        java.util.List<ChannelGoal> named =
                s.channels().stream().filter(g -> !g.empty()).toList();
        java.util.Set<Long> ids =
                named.stream().map(ChannelGoal::channelId).collect(java.util.stream.Collectors.toSet());
        if (ids.size() != named.size()) {
            throw new DomainException("goals.channels.twice");
        }
        if (!ids.isEmpty() && channels.channels(ids).size() != ids.size()) {
            throw new DomainException("goals.channels.unknown");
        }
        return s.from(
                        s.inForceFrom(),
                        s.note() == null || s.note().isBlank() ? null : s.note().strip())
                .withChannels(named);
    }

    private void publish(GoalSheetEntity entity, String action) {
        MembershipInfo membership = currentUser.requireMembership();
        // a draft waits for the other generation's signature; an agreement is news for the whole family
        java.util.Set<Long> toTell = memberships.members().stream()
                .filter(m -> !"GOALS_DRAFTED".equals(action) || m.role() != membership.role())
                .map(app.baton.tenancy.MembershipService.MemberView::userId)
                .collect(java.util.stream.Collectors.toSet());
        if ("GOALS_SIGNED".equals(action)) {
            toTell = java.util.Set.of();
        }
        events.publishEvent(new InsightsEvents.GoalsChanged(
                membership.tenantId(),
                currentUser.require().userId(),
                membership.role().name(),
                action,
                entity.number(),
                "v" + entity.number() + " from " + entity.inForceFrom() + ": " + entity.sheet(),
                java.util.Set.copyOf(toTell)));
    }
}
