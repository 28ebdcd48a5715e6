/**
 * Companies (tenants), vendor organisations (agencies), memberships that give an account one role in one
 * company, invitations, sign-up and choosing the current company. Implements security's
 * {@link app.baton.security.MembershipDirectory}.
 */
@ApplicationModule(allowedDependencies = {"shared", "security"})
@NullMarked
package app.baton.tenancy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
