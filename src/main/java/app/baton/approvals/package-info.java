/**
 * Who may decide what: {@link app.baton.approvals.ApprovalPolicy} and its vocabulary (guardrail rules and their
 * violations, the multi-founder policy). Pure rules with no persistence and no Spring, shared by every module
 * where money needs a yes: budget change requests and experiments.
 */
@ApplicationModule(allowedDependencies = {"shared", "security"})
@NullMarked
package app.baton.approvals;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
