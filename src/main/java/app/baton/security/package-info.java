/**
 * Who is signed in and what they may do: accounts and passwords, form sign-in with a per-account lock, the
 * current membership (company and role), personal API tokens for vendors, and the filter chains for the UI
 * and the REST API. Depends on no feature module; tenancy plugs its memberships in through
 * {@link app.baton.security.MembershipDirectory}.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package app.baton.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
