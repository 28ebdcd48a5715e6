/**
 * Notifications: a person learns that something waits for them or that their request was decided, in the app and by
 * e-mail as each person chose ({@link app.baton.notifications.MailJobs}, {@link
 * app.baton.notifications.MailSettingsService}). It listens to other modules' events; nothing depends on it.
 */
@ApplicationModule(
        allowedDependencies = {"shared", "security", "budgets", "experiments", "reports", "insights", "selection"})
@NullMarked
package app.baton.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
