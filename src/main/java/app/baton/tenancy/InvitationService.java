package app.baton.tenancy;

import app.baton.security.AccountDirectory;
import app.baton.security.AccountSummary;
import app.baton.security.CurrentUser;
import app.baton.security.Emails;
import app.baton.security.MembershipRole;
import app.baton.shared.DomainException;
import app.baton.shared.TextLimits;
import app.baton.shared.Tokens;
import app.baton.shared.validation.CommandCheck;
import app.baton.tenancy.internal.InvitationEntity;
import app.baton.tenancy.internal.InvitationRepository;
import app.baton.tenancy.internal.MembershipRepository;
import app.baton.tenancy.internal.TenantEntity;
import app.baton.tenancy.internal.TenantRepository;
import app.baton.tenancy.internal.VendorOrganisationEntity;
import app.baton.tenancy.internal.VendorOrganisationRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Founders invite people by e-mail: a single-use link, valid for 7 days, shown to the founder and mailed when
 * mail is configured; they see and revoke what is open. Accepting ({@link InvitationAcceptanceService}) creates the
 * account or links an existing one. The link carries its company id ({@code <tenant>-<secret>}) so its look-up stays
 * inside one tenant.
 */
@Service
public class InvitationService {

    public static final Duration VALIDITY = Duration.ofDays(7);

    private final InvitationRepository invitations;
    private final MembershipRepository memberships;
    private final TenantRepository tenants;
    private final VendorOrganisationRepository vendors;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final InvitationMailer mailer;
    private final CommandCheck commands;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InvitationService(
            InvitationRepository invitations,
            MembershipRepository memberships,
            TenantRepository tenants,
            VendorOrganisationRepository vendors,
            AccountDirectory accounts,
            CurrentUser currentUser,
            InvitationMailer mailer,
            CommandCheck commands,
            ApplicationEventPublisher events,
            Clock clock) {
        this.invitations = invitations;
        this.memberships = memberships;
        this.tenants = tenants;
        this.vendors = vendors;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.mailer = mailer;
        this.commands = commands;
        this.events = events;
        this.clock = clock;
    }

    /** A new invitation; the only time its link is available. */
    public record InvitationLink(long invitationId, String email, MembershipRole role, String path, Instant expiresAt) {
        /** The link's secret part, as {@link InvitationService#preview} and the accept methods take it. */
        public String token() {
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    /** An open invitation as a founder sees it. */
    public record PendingInvitation(
            long invitationId,
            String email,
            MembershipRole role,
            @Nullable String agencyName,
            Instant createdAt,
            Instant expiresAt) {}

    /**
     * Invites someone to the current company; the invitation form is bound to {@link Invite}, whose constraints are
     * checked here again. An agency's person needs the agency's name; the address must not belong to a member yet.
     */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public InvitationLink invite(Invite invite) {
        commands.check(invite);
        return invite(invite.email(), invite.role(), invite.agencyName(), null);
    }

    /**
     * Invites one of an agency's people to the current company, for an agency that already exists (the one an
     * engagement names): on acceptance the membership joins that agency.
     */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public InvitationLink inviteToAgency(String email, long agencyId) {
        String name = vendors.findById(agencyId)
                .map(VendorOrganisationEntity::name)
                .orElseThrow(() -> new DomainException("invitation.agencyRequired"));
        return invite(email, MembershipRole.VENDOR, name, agencyId);
    }

    private InvitationLink invite(
            String email, MembershipRole role, @Nullable String agencyName, @Nullable Long agencyId) {
        String address = Emails.valid(email);
        String agency = agencyName == null ? null : app.baton.shared.Names.clean(agencyName);
        if (role == MembershipRole.VENDOR
                && (agency == null || agency.isEmpty() || agency.length() > TextLimits.NAME)) {
            throw new DomainException("invitation.agencyRequired");
        }
        if (role != MembershipRole.VENDOR) {
            agency = null;
        }
        long tenantId = currentUser.requireMembership().tenantId();
        Optional<AccountSummary> existing = accounts.byEmail(address);
        if (existing.isPresent()
                && !memberships.findByUserId(existing.get().userId()).isEmpty()) {
            throw new DomainException("invitation.alreadyMember");
        }
        String token = tenantId + "-" + Tokens.randomSecret(24);
        Instant now = clock.instant();
        InvitationEntity created = new InvitationEntity(
                address,
                role,
                agency,
                Tokens.sha256(token),
                currentUser.require().userId(),
                now,
                now.plus(VALIDITY));
        if (agencyId != null) {
            created.forAgency(agencyId);
        }
        InvitationEntity invitation = invitations.save(created);
        String path = "invitations/" + token;
        TenantEntity tenant = tenants.findById(tenantId).orElseThrow();
        mailer.send(
                address,
                tenant.name(),
                role,
                currentUser.require().displayName(),
                path,
                existing.map(AccountSummary::languageTag).orElse(tenant.languageTag()));
        events.publishEvent(new TenancyEvents.InvitationCreated(
                tenantId, currentUser.require().userId(), invitation.id(), address, role));
        return new InvitationLink(invitation.id(), address, role, path, invitation.expiresAt());
    }

    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional(readOnly = true)
    public List<PendingInvitation> pending() {
        long tenantId = currentUser.requireMembership().tenantId();
        return invitations.findOpen(clock.instant()).stream()
                .filter(i -> Objects.equals(i.getTenantId(), tenantId))
                .map(i -> new PendingInvitation(
                        i.id(), i.email(), i.role(), i.vendorOrganisationName(), i.createdAt(), i.expiresAt()))
                .toList();
    }

    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public void revoke(long invitationId) {
        long tenantId = currentUser.requireMembership().tenantId();
        InvitationEntity invitation = invitations
                .findById(invitationId)
                .filter(i -> Objects.equals(i.getTenantId(), tenantId))
                .orElseThrow(() -> new DomainException("invitation.notFound"));
        invitation.revoke(clock.instant());
        events.publishEvent(new TenancyEvents.InvitationRevoked(
                tenantId, currentUser.require().userId(), invitation.id(), invitation.email()));
    }
}
