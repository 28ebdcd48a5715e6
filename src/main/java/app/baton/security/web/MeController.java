package app.baton.security.web;

import app.baton.security.BatonUser;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: whose token this is, and for which company. */
@RestController
@RequestMapping("/api/v1")
class MeController {

    private final CurrentUser currentUser;

    MeController(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    record Me(
            long userId,
            String email,
            String displayName,
            String role,
            Company company,
            @Nullable Agency agency) {}

    record Company(long id, String name, String currency, String timeZone) {}

    record Agency(long id, String name) {}

    @GetMapping("/me")
    @PreAuthorize("hasAnyRole('VENDOR','FOUNDER','SUCCESSOR')")
    Me me() {
        BatonUser user = currentUser.require();
        MembershipInfo membership = currentUser.requireMembership();
        Long agencyId = membership.vendorOrganisationId();
        String agencyName = membership.vendorOrganisationName();
        return new Me(
                user.userId(),
                user.email(),
                user.displayName(),
                membership.role().name(),
                new Company(
                        membership.tenantId(), membership.tenantName(), membership.currency(), membership.timeZone()),
                agencyId == null || agencyName == null ? null : new Agency(agencyId, agencyName));
    }
}
