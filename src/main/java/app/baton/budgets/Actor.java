package app.baton.budgets;

import app.baton.security.BatonUser;
import app.baton.security.CurrentUser;
import app.baton.security.MembershipInfo;
import app.baton.security.MembershipRole;

/** Who is acting: the signed-in person in the current company, with their role there. */
record Actor(long tenantId, long userId, MembershipRole role) {

    static Actor of(CurrentUser currentUser) {
        BatonUser user = currentUser.require();
        MembershipInfo membership = currentUser.requireMembership();
        return new Actor(membership.tenantId(), user.userId(), membership.role());
    }

    String roleName() {
        return role.name();
    }
}
