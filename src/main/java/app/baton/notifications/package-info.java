/**
 * In-app notifications: a person learns that something waits for them or that their request was decided. It
 * listens to other modules' events; nothing depends on it. E-mail follows in a later issue.
 */
@ApplicationModule(allowedDependencies = {"shared", "security", "budgets", "experiments", "reports"})
@NullMarked
package app.baton.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
