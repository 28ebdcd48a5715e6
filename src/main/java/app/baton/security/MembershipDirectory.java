package app.baton.security;

import java.util.List;
import java.util.Optional;

/**
 * Where security looks up memberships. Implemented by the tenancy module; the lookups cross tenants and are
 * only for sign-in, company switching and re-checking a session's membership.
 */
public interface MembershipDirectory {

    /** Every membership of a user, ordered by company name. */
    List<MembershipInfo> membershipsOf(long userId);

    /** One membership by id, if it still exists. */
    Optional<MembershipInfo> membership(long membershipId);
}
