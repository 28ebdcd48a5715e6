package app.baton.tenancy;

import app.baton.security.AccountDirectory;
import app.baton.security.AccountSummary;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.security.MembershipRole;
import app.baton.shared.DomainException;
import app.baton.shared.tenant.TenantTransactions;
import app.baton.tenancy.internal.AgencyMemberEntity;
import app.baton.tenancy.internal.AgencyMemberRepository;
import app.baton.tenancy.internal.AgencyProposalEntity;
import app.baton.tenancy.internal.AgencyProposalRepository;
import app.baton.tenancy.internal.MembershipEntity;
import app.baton.tenancy.internal.MembershipRepository;
import app.baton.tenancy.internal.TenantEntity;
import app.baton.tenancy.internal.TenantRepository;
import app.baton.tenancy.internal.VendorOrganisationRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * An agency's own people, as the agency sees them. An agency serves several companies, so who belongs to it is
 * decided on the agency's side: its first person is its admin, and a client company can only propose someone (by
 * inviting them for its engagement); an admin of the agency accepts — and only then does the person get a membership
 * in that company — or refuses. Nothing a client company does changes the agency's people.
 */
@Service
public class AgencyService {

    private final AgencyMemberRepository members;
    private final AgencyProposalRepository proposals;
    private final MembershipRepository memberships;
    private final TenantRepository tenants;
    private final VendorOrganisationRepository vendors;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final TenantTransactions transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgencyService(
            AgencyMemberRepository members,
            AgencyProposalRepository proposals,
            MembershipRepository memberships,
            TenantRepository tenants,
            VendorOrganisationRepository vendors,
            AccountDirectory accounts,
            CurrentUser currentUser,
            TenantTransactions transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.members = members;
        this.proposals = proposals;
        this.memberships = memberships;
        this.tenants = tenants;
        this.vendors = vendors;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** A person of the agency. */
    public record AgencyPerson(long userId, String displayName, String email, boolean admin, Instant joinedAt) {}

    /** A client company's proposal waiting for the agency. */
    public record Proposal(
            long proposalId, String displayName, String email, String companyName, String proposedBy, Instant at) {}

    /** The agency's people and the proposals waiting; {@code admin}: whether the asker may decide on them. */
    public record AgencyPeople(
            long agencyId, String agencyName, boolean admin, List<AgencyPerson> people, List<Proposal> proposals) {}

    /** The signed-in agency person's agency: its people and the proposals waiting for it. */
    @PreAuthorize("hasRole('VENDOR')")
    public AgencyPeople people() {
        long agencyId = myAgency();
        long me = currentUser.require().userId();
        return transactions.inSystem(() -> {
            List<AgencyMemberEntity> found = members.findByVendorOrganisationIdOrderByJoinedAtAsc(agencyId);
            List<AgencyProposalEntity> open = proposals.findByVendorOrganisationIdAndStatusOrderByCreatedAtAsc(
                    agencyId, AgencyProposalEntity.Status.PROPOSED);
            Map<Long, AccountSummary> people = accounts
                    .byIds(Stream.concat(
                                    found.stream().map(AgencyMemberEntity::userId),
                                    open.stream().flatMap(p -> Stream.of(p.userId(), p.proposedByUserId())))
                            .distinct()
                            .toList())
                    .stream()
                    .collect(Collectors.toMap(AccountSummary::userId, Function.identity()));
            Map<Long, String> companies =
                    tenants
                            .findAllById(open.stream()
                                    .map(AgencyProposalEntity::clientTenantId)
                                    .toList())
                            .stream()
                            .collect(Collectors.toMap(TenantEntity::id, TenantEntity::name));
            boolean admin = found.stream().anyMatch(m -> m.userId() == me && m.admin());
            return new AgencyPeople(
                    agencyId,
                    vendors.findById(agencyId).orElseThrow().name(),
                    admin,
                    found.stream()
                            .map(m -> new AgencyPerson(
                                    m.userId(),
                                    name(people, m.userId()),
                                    email(people, m.userId()),
                                    m.admin(),
                                    m.joinedAt()))
                            .toList(),
                    open.stream()
                            .map(p -> new Proposal(
                                    p.id(),
                                    name(people, p.userId()),
                                    email(people, p.userId()),
                                    companies.getOrDefault(p.clientTenantId(), "?"),
                                    name(people, p.proposedByUserId()),
                                    p.createdAt()))
                            .toList());
        });
    }

    /** A person this company proposed to an agency, waiting for the agency's answer. */
    public record Waiting(String displayName, String email, String agencyName, Instant at) {}

    /** The people the current company proposed to agencies that have not answered yet (for its founders). */
    @PreAuthorize("hasRole('FOUNDER')")
    public List<Waiting> waitingForAgencies() {
        long tenantId = currentUser.requireMembership().tenantId();
        return transactions.inSystem(() -> {
            List<AgencyProposalEntity> open = proposals.findByClientTenantIdAndStatusOrderByCreatedAtAsc(
                    tenantId, AgencyProposalEntity.Status.PROPOSED);
            Map<Long, AccountSummary> people =
                    accounts
                            .byIds(open.stream()
                                    .map(AgencyProposalEntity::userId)
                                    .distinct()
                                    .toList())
                            .stream()
                            .collect(Collectors.toMap(AccountSummary::userId, Function.identity()));
            Map<Long, String> agencies =
                    vendors
                            .findAllById(open.stream()
                                    .map(AgencyProposalEntity::vendorOrganisationId)
                                    .toList())
                            .stream()
                            .collect(Collectors.toMap(
                                    app.baton.tenancy.internal.VendorOrganisationEntity::id,
                                    app.baton.tenancy.internal.VendorOrganisationEntity::name));
            return open.stream()
                    .map(p -> new Waiting(
                            name(people, p.userId()),
                            email(people, p.userId()),
                            agencies.getOrDefault(p.vendorOrganisationId(), "?"),
                            p.createdAt()))
                    .toList();
        });
    }

    /**
     * An admin of the agency accepts a company's proposal: the person joins the agency and gets their membership in
     * the proposing company. Refusals: {@code agency.adminOnly}, {@code agency.proposalNotFound},
     * {@code agency.proposalDecided}, {@code invitation.otherAgency}.
     */
    @PreAuthorize("hasRole('VENDOR')")
    public void accept(long proposalId) {
        decide(proposalId, true);
    }

    /** An admin of the agency refuses a company's proposal; the person gets nothing. Refusals as for accepting. */
    @PreAuthorize("hasRole('VENDOR')")
    public void refuse(long proposalId) {
        decide(proposalId, false);
    }

    private void decide(long proposalId, boolean accept) {
        long agencyId = myAgency();
        long me = currentUser.require().userId();
        transactions.inSystem(() -> {
            boolean admin = members.findByVendorOrganisationIdAndUserId(agencyId, me)
                    .map(AgencyMemberEntity::admin)
                    .orElse(false);
            if (!admin) {
                throw new DomainException("agency.adminOnly");
            }
            AgencyProposalEntity proposal = proposals
                    .findById(proposalId)
                    .filter(p -> p.vendorOrganisationId() == agencyId)
                    .orElseThrow(() -> new DomainException("agency.proposalNotFound"));
            Instant now = clock.instant();
            proposal.decide(accept, me, now);
            if (accept) {
                join(proposal, now);
            }
            proposals.save(proposal);
            String email =
                    accounts.byId(proposal.userId()).map(AccountSummary::email).orElse("?");
            events.publishEvent(new TenancyEvents.AgencyPersonDecided(
                    proposal.clientTenantId(), me, proposal.id(), agencyId, email, accept));
            return null;
        });
    }

    private void join(AgencyProposalEntity proposal, Instant now) {
        long userId = proposal.userId();
        List<AgencyMemberEntity> theirs = members.findByUserId(userId);
        if (theirs.stream().anyMatch(m -> m.vendorOrganisationId() != proposal.vendorOrganisationId())) {
            throw new DomainException("invitation.otherAgency");
        }
        if (theirs.isEmpty()) {
            members.save(new AgencyMemberEntity(proposal.vendorOrganisationId(), userId, false, now));
        }
        boolean alreadyThere = memberships.findByUserId(userId).stream()
                .anyMatch(m -> Objects.equals(m.getTenantId(), proposal.clientTenantId()));
        if (!alreadyThere) {
            memberships.save(new MembershipEntity(userId, MembershipRole.VENDOR, proposal.vendorOrganisationId(), now)
                    .forTenant(proposal.clientTenantId()));
        }
    }

    private long myAgency() {
        MembershipInfo membership = currentUser.requireMembership();
        Long agencyId = membership.vendorOrganisationId();
        if (agencyId == null) {
            throw new DomainException("agency.adminOnly");
        }
        return agencyId;
    }

    private static String name(Map<Long, AccountSummary> people, long userId) {
        AccountSummary person = people.get(userId);
        return person == null ? "?" : person.displayName();
    }

    private static String email(Map<Long, AccountSummary> people, long userId) {
        AccountSummary person = people.get(userId);
        return person == null ? "?" : person.email();
    }
}
