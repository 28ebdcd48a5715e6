/**
 * The application shell: the page shell and theme, the main layout with its role-filtered navigation and
 * company switcher, the home page, language selection and translated error pages. Depends on the modules whose
 * state it shows; no module depends on it.
 */
@ApplicationModule(allowedDependencies = {"shared", "security", "tenancy", "insights"})
@NullMarked
package app.baton.shell;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
