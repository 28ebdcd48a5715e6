/**
 * Building blocks every module may use: tenant scoping for Hibernate, the message bundles, the clock and the
 * event contract the audit log listens to. Depends on no other module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package app.baton.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
