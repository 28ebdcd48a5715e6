package app.baton.tenancy;

import app.baton.security.MembershipDirectory;
import app.baton.security.MembershipInfo;
import app.baton.shared.tenant.TenantTransactions;
import app.baton.tenancy.internal.MembershipEntity;
import app.baton.tenancy.internal.MembershipRepository;
import app.baton.tenancy.internal.TenantEntity;
import app.baton.tenancy.internal.TenantRepository;
import app.baton.tenancy.internal.VendorOrganisationEntity;
import app.baton.tenancy.internal.VendorOrganisationRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Security's view of memberships. These look-ups cross tenants on purpose and only return the asker's own. */
@Component
class TenancyMembershipDirectory implements MembershipDirectory {

    private final MembershipRepository memberships;
    private final TenantRepository tenants;
    private final VendorOrganisationRepository vendors;
    private final TenantTransactions transactions;

    TenancyMembershipDirectory(
            MembershipRepository memberships,
            TenantRepository tenants,
            VendorOrganisationRepository vendors,
            TenantTransactions transactions) {
        this.memberships = memberships;
        this.tenants = tenants;
        this.vendors = vendors;
        this.transactions = transactions;
    }

    @Override
    public List<MembershipInfo> membershipsOf(long userId) {
        return transactions.readInSystem(() -> describe(memberships.findByUserId(userId)));
    }

    @Override
    public Optional<MembershipInfo> membership(long membershipId) {
        return transactions.readInSystem(() -> memberships
                .findById(membershipId)
                .map(m -> describe(List.of(m)))
                .flatMap(list -> list.stream().findFirst()));
    }

    private List<MembershipInfo> describe(List<MembershipEntity> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, TenantEntity> tenantsById = tenants
                .findAllById(found.stream()
                        .map(MembershipEntity::getTenantId)
                        .filter(Objects::nonNull)
                        .toList())
                .stream()
                .collect(Collectors.toMap(TenantEntity::id, Function.identity()));
        Map<Long, VendorOrganisationEntity> vendorsById = vendors
                .findAllById(found.stream()
                        .map(MembershipEntity::vendorOrganisationId)
                        .filter(Objects::nonNull)
                        .toList())
                .stream()
                .collect(Collectors.toMap(VendorOrganisationEntity::id, Function.identity()));
        return found.stream()
                .map(m -> {
                    TenantEntity tenant = tenantsById.get(Objects.requireNonNull(m.getTenantId()));
                    VendorOrganisationEntity vendor =
                            m.vendorOrganisationId() == null ? null : vendorsById.get(m.vendorOrganisationId());
                    return new MembershipInfo(
                            m.id(),
                            m.userId(),
                            tenant.id(),
                            tenant.name(),
                            m.role(),
                            vendor == null ? null : vendor.id(),
                            vendor == null ? null : vendor.name(),
                            tenant.currency(),
                            tenant.timeZone());
                })
                .sorted(Comparator.comparing(MembershipInfo::tenantName))
                .toList();
    }
}
