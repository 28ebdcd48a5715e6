package app.baton.tenancy;

import app.baton.security.AccountDirectory;
import app.baton.security.AccountService;
import app.baton.security.AccountSummary;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipRole;
import app.baton.shared.DomainException;
import app.baton.shared.Tokens;
import app.baton.shared.tenant.TenantTransactions;
import app.baton.tenancy.internal.AgencyMemberEntity;
import app.baton.tenancy.internal.AgencyMemberRepository;
import app.baton.tenancy.internal.AgencyProposalEntity;
import app.baton.tenancy.internal.AgencyProposalRepository;
import app.baton.tenancy.internal.InvitationEntity;
import app.baton.tenancy.internal.InvitationRepository;
import app.baton.tenancy.internal.MembershipEntity;
import app.baton.tenancy.internal.MembershipRepository;
import app.baton.tenancy.internal.TenantEntity;
import app.baton.tenancy.internal.TenantRepository;
import app.baton.tenancy.internal.VendorOrganisationEntity;
import app.baton.tenancy.internal.VendorOrganisationRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The other end of an invitation ({@link InvitationService}): whoever holds a link sees what it offers and accepts it,
 * with a new account or as the person already signed in; an agency's person joins its agency, or is proposed to it
 * when it has people of its own.
 */
@Service
public class InvitationAcceptanceService {

    private final InvitationRepository invitations;
    private final AgencyMemberRepository agencyMembers;
    private final AgencyProposalRepository proposals;
    private final MembershipRepository memberships;
    private final TenantRepository tenants;
    private final VendorOrganisationRepository vendors;
    private final AccountService accountService;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final TenantTransactions transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InvitationAcceptanceService(
            InvitationRepository invitations,
            AgencyMemberRepository agencyMembers,
            AgencyProposalRepository proposals,
            MembershipRepository memberships,
            TenantRepository tenants,
            VendorOrganisationRepository vendors,
            AccountService accountService,
            AccountDirectory accounts,
            CurrentUser currentUser,
            TenantTransactions transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.invitations = invitations;
        this.agencyMembers = agencyMembers;
        this.proposals = proposals;
        this.memberships = memberships;
        this.tenants = tenants;
        this.vendors = vendors;
        this.accountService = accountService;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The outcome of accepting: the company joined, or — when the invitation proposed the person to an agency that
     * has its own people — that the agency must accept them first, and until then they see nothing of the company.
     */
    public record Joined(long tenantId, boolean waitingForAgency) {}

    /** What the holder of a link sees before accepting. */
    public record InvitationPreview(
            String companyName,
            String email,
            MembershipRole role,
            @Nullable String agencyName,
            Instant expiresAt,
            String timeZone,
            boolean accountExists) {}

    /** What a link offers; empty when the link is unknown, used, revoked or expired. Anyone holding a link may ask. */
    @PreAuthorize("permitAll()")
    public Optional<InvitationPreview> preview(String token) {
        long tenantId = Tokens.tenantOf(token, "", '-');
        if (tenantId <= 0) {
            return Optional.empty();
        }
        return transactions.inTenant(
                tenantId,
                () -> openInvitation(token).map(invitation -> {
                    TenantEntity tenant = tenants.findById(tenantId).orElseThrow();
                    return new InvitationPreview(
                            tenant.name(),
                            invitation.email(),
                            invitation.role(),
                            invitation.vendorOrganisationName(),
                            invitation.expiresAt(),
                            tenant.timeZone(),
                            accountService.accountExists(invitation.email()));
                }));
    }

    /**
     * Accepts a link by creating the invited e-mail's account. Anyone holding the link may; the account gets the
     * invited address, and the link is used up.
     */
    @PreAuthorize("permitAll()")
    public Joined acceptWithNewAccount(String token, String displayName, String password, String languageTag) {
        long tenantId = requireTenant(token);
        return transactions.inSystem(() -> {
            InvitationEntity invitation = openInvitation(token, tenantId);
            AccountSummary account =
                    accountService.createAccount(invitation.email(), displayName, password, languageTag);
            return join(invitation, tenantId, account);
        });
    }

    /** Accepts a link as the signed-in person, whose e-mail must be the invited one. */
    @PreAuthorize("isAuthenticated()")
    public Joined acceptAsSignedIn(String token) {
        long tenantId = requireTenant(token);
        long userId = currentUser.require().userId();
        return transactions.inSystem(() -> {
            InvitationEntity invitation = openInvitation(token, tenantId);
            AccountSummary account = accounts.byId(userId).orElseThrow();
            if (!account.email().equals(invitation.email())) {
                throw new DomainException("invitation.otherAccount", invitation.email());
            }
            boolean alreadyMember =
                    memberships.findByUserId(userId).stream().anyMatch(m -> Objects.equals(m.getTenantId(), tenantId));
            if (alreadyMember) {
                throw new DomainException("invitation.alreadyMember");
            }
            return join(invitation, tenantId, account);
        });
    }

    private Joined join(InvitationEntity invitation, long tenantId, AccountSummary account) {
        Instant now = clock.instant();
        invitation.accept(account.userId(), now);
        Long agencyId = null;
        if (invitation.role() == MembershipRole.VENDOR) {
            // the person's agency, if they already belong to one; else the agency named in the invitation
            Long own = agencyMembers.findByUserId(account.userId()).stream()
                    .map(AgencyMemberEntity::vendorOrganisationId)
                    .findFirst()
                    .orElse(null);
            Long named = invitation.vendorOrganisationId();
            if (own != null && named != null && !own.equals(named)) {
                // one person works for one agency: an invitation for another agency cannot be accepted
                throw new DomainException("invitation.otherAgency");
            }
            if (own != null) {
                agencyId = own;
            } else if (named != null && agencyMembers.existsByVendorOrganisationId(named)) {
                // The agency has people of its own, and who belongs to it is theirs to decide, not this company's
                // (an agency serves other companies too): the person is proposed, and joins when the agency accepts.
                invitations.save(invitation);
                AgencyProposalEntity proposal = proposals.save(
                        new AgencyProposalEntity(named, tenantId, account.userId(), invitation.invitedByUserId(), now));
                events.publishEvent(new TenancyEvents.AgencyPersonProposed(
                        tenantId, invitation.invitedByUserId(), proposal.id(), named, account.email()));
                return new Joined(tenantId, true);
            } else {
                // a new agency (or one nobody has joined yet): its first person is its admin
                agencyId = named != null
                        ? named
                        : vendors.save(new VendorOrganisationEntity(
                                        Objects.requireNonNull(invitation.vendorOrganisationName()), now))
                                .id();
                agencyMembers.save(new AgencyMemberEntity(agencyId, account.userId(), true, now));
            }
        }
        MembershipEntity membership = memberships.save(
                new MembershipEntity(account.userId(), invitation.role(), agencyId, now).forTenant(tenantId));
        invitations.save(invitation);
        events.publishEvent(new TenancyEvents.InvitationAccepted(
                tenantId, account.userId(), invitation.id(), membership.id(), account.email(), invitation.role()));
        return new Joined(tenantId, false);
    }

    private long requireTenant(String token) {
        long tenantId = Tokens.tenantOf(token, "", '-');
        if (tenantId <= 0) {
            throw new DomainException("invitation.notOpen");
        }
        return tenantId;
    }

    private Optional<InvitationEntity> openInvitation(String token) {
        return invitations.findByTokenHash(Tokens.sha256(token)).filter(i -> i.isOpenAt(clock.instant()));
    }

    private InvitationEntity openInvitation(String token, long tenantId) {
        return openInvitation(token)
                .filter(i -> Objects.equals(i.getTenantId(), tenantId))
                .orElseThrow(() -> new DomainException("invitation.notOpen"));
    }
}
