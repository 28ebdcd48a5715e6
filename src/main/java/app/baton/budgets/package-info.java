/**
 * The yearly marketing budget: plans split into tiers, channels and months; the founders' guardrails; and budget
 * change requests, the one way money moves once a plan is active. Decisions follow
 * {@link app.baton.approvals.ApprovalPolicy}; every change is published as an auditable event.
 */
@ApplicationModule(allowedDependencies = {"shared", "security", "tenancy", "approvals"})
@NullMarked
package app.baton.budgets;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
