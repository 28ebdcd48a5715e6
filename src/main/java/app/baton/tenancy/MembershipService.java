package app.baton.tenancy;

import app.baton.security.AccountDirectory;
import app.baton.security.AccountSummary;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.security.MembershipRole;
import app.baton.shared.DomainException;
import app.baton.shared.TextLimits;
import app.baton.tenancy.internal.MembershipEntity;
import app.baton.tenancy.internal.MembershipRepository;
import app.baton.tenancy.internal.VendorOrganisationEntity;
import app.baton.tenancy.internal.VendorOrganisationRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people of the current company: list them, change a role, remove a membership. */
@Service
public class MembershipService {

    private final MembershipRepository memberships;
    private final VendorOrganisationRepository vendors;
    private final AccountDirectory accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MembershipService(
            MembershipRepository memberships,
            VendorOrganisationRepository vendors,
            AccountDirectory accounts,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.memberships = memberships;
        this.vendors = vendors;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** One member as listed. */
    public record MemberView(
            long membershipId,
            long userId,
            String displayName,
            String email,
            MembershipRole role,
            @Nullable String vendorOrganisationName,
            Instant since,
            boolean you) {}

    /** Everyone in the current company, oldest membership first. Vendors do not see the company's people. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public List<MemberView> members() {
        List<MembershipEntity> found = memberships.findAllByOrderByCreatedAtAsc().stream()
                .filter(this::inCurrentTenant)
                .toList();
        Map<Long, AccountSummary> people =
                accounts.byIds(found.stream().map(MembershipEntity::userId).toList()).stream()
                        .collect(Collectors.toMap(AccountSummary::userId, Function.identity()));
        Map<Long, String> agencies = vendors
                .findAllById(found.stream()
                        .map(MembershipEntity::vendorOrganisationId)
                        .filter(Objects::nonNull)
                        .toList())
                .stream()
                .collect(Collectors.toMap(VendorOrganisationEntity::id, VendorOrganisationEntity::name));
        long me = currentUser.require().userId();
        return found.stream()
                .map(m -> {
                    AccountSummary person = people.get(m.userId());
                    return new MemberView(
                            m.id(),
                            m.userId(),
                            person == null ? "?" : person.displayName(),
                            person == null ? "?" : person.email(),
                            m.role(),
                            m.vendorOrganisationId() == null ? null : agencies.get(m.vendorOrganisationId()),
                            m.createdAt(),
                            m.userId() == me);
                })
                .toList();
    }

    /** An agency serving the current company. */
    public record Agency(long id, String name) {}

    /** The agencies whose people are members of the current company, by name. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public List<Agency> agencies() {
        java.util.Set<Long> ids = memberships.findByRole(MembershipRole.VENDOR).stream()
                .filter(this::inCurrentTenant)
                .map(MembershipEntity::vendorOrganisationId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return vendors.findAllById(ids).stream()
                .map(v -> new Agency(v.id(), v.name()))
                .sorted(java.util.Comparator.comparing(Agency::name))
                .toList();
    }

    /**
     * The agency of this name that serves the current company, or a new agency of that name (its people join it
     * through invitations sent for it). Refusal: {@code engagement.agencyRequired}.
     */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional
    public Agency agencyNamed(String name) {
        String trimmed = app.baton.shared.Names.clean(name);
        if (trimmed.isEmpty() || trimmed.length() > TextLimits.NAME) {
            throw new DomainException("engagement.agencyRequired");
        }
        return agencies().stream()
                .filter(a -> a.name().equalsIgnoreCase(trimmed))
                .findFirst()
                .orElseGet(() -> {
                    VendorOrganisationEntity created =
                            vendors.save(new VendorOrganisationEntity(trimmed, clock.instant()));
                    return new Agency(created.id(), created.name());
                });
    }

    /** The names of these agencies, by id (for showing engagements). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, String> agencyNames(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new java.util.HashMap<>();
        for (Object[] row : vendors.namesOf(ids)) {
            names.put((Long) row[0], (String) row[1]);
        }
        return names;
    }

    /**
     * Who in the current company is told about a report: its founders and successors ({@code agencyId} null), or
     * the people of one agency.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Set<Long> recipients(@Nullable Long agencyId) {
        return memberships.findAllByOrderByCreatedAtAsc().stream()
                .filter(this::inCurrentTenant)
                .filter(m -> agencyId == null
                        ? m.role() != MembershipRole.VENDOR
                        : Objects.equals(m.vendorOrganisationId(), agencyId))
                .map(MembershipEntity::userId)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** The user ids of the current company's founders: who may decide on money. */
    @PreAuthorize("hasAnyRole('FOUNDER','SUCCESSOR')")
    @Transactional(readOnly = true)
    public java.util.Set<Long> founderUserIds() {
        return memberships.findByRole(MembershipRole.FOUNDER).stream()
                .filter(this::inCurrentTenant)
                .map(MembershipEntity::userId)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /**
     * Changes a member's role between founder and successor. The last founder can never be demoted; a vendor's
     * role is fixed.
     */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public MemberView changeRole(long membershipId, MembershipRole newRole) {
        MembershipEntity membership = load(membershipId);
        MembershipRole before = membership.role();
        if (before == newRole) {
            return describe(membership);
        }
        if (before == MembershipRole.FOUNDER) {
            requireAnotherFounder(membershipId);
        }
        membership.changeRole(newRole);
        memberships.saveAndFlush(membership);
        events.publishEvent(new TenancyEvents.MembershipRoleChanged(
                tenantId(), currentUser.require().userId(), membershipId, email(membership), before, newRole));
        return describe(membership);
    }

    /** Removes a membership (the account stays). The last founder can never be removed. */
    @PreAuthorize("hasRole('FOUNDER')")
    @Transactional
    public void remove(long membershipId) {
        MembershipEntity membership = load(membershipId);
        if (membership.role() == MembershipRole.FOUNDER) {
            requireAnotherFounder(membershipId);
        }
        String email = email(membership);
        memberships.delete(membership);
        memberships.flush();
        events.publishEvent(new TenancyEvents.MembershipRemoved(
                tenantId(), currentUser.require().userId(), membershipId, email, membership.role()));
    }

    private void requireAnotherFounder(long membershipId) {
        List<MembershipEntity> founders = memberships.lockFounders();
        boolean another = founders.stream().anyMatch(f -> f.id() != membershipId);
        if (!another) {
            throw new DomainException("members.lastFounder");
        }
    }

    private MembershipEntity load(long membershipId) {
        return memberships
                .findById(membershipId)
                .filter(this::inCurrentTenant)
                .orElseThrow(() -> new DomainException("members.notFound"));
    }

    private boolean inCurrentTenant(MembershipEntity membership) {
        return Objects.equals(membership.getTenantId(), tenantId());
    }

    private long tenantId() {
        MembershipInfo current = currentUser.requireMembership();
        return current.tenantId();
    }

    private String email(MembershipEntity membership) {
        return accounts.byId(membership.userId()).map(AccountSummary::email).orElse("?");
    }

    private MemberView describe(MembershipEntity m) {
        AccountSummary person = accounts.byId(m.userId()).orElse(null);
        String agency = m.vendorOrganisationId() == null
                ? null
                : vendors.findById(m.vendorOrganisationId())
                        .map(VendorOrganisationEntity::name)
                        .orElse(null);
        return new MemberView(
                m.id(),
                m.userId(),
                person == null ? "?" : person.displayName(),
                person == null ? "?" : person.email(),
                m.role(),
                agency,
                m.createdAt(),
                m.userId() == currentUser.require().userId());
    }
}
