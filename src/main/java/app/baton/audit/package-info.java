/**
 * The append-only audit log: who did what, in which company and role, from what to what, why and when. It
 * listens to other modules' events; nothing depends on it. Events can be added, never changed or deleted.
 */
@ApplicationModule(allowedDependencies = {"shared", "security", "tenancy"})
@NullMarked
package app.baton.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
