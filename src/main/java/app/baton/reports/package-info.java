/**
 * Vendor engagements and their monthly reports: {@code parsing} reads the metrics files vendors upload (our
 * template, Google Ads, Meta Ads and GA4 exports, or a vendor's saved mapping, as CSV or XLSX) into one row model;
 * {@code checks} finds the red flags; the services keep every uploaded version read-only with its flags and review
 * thread; {@code web} is the vendors' REST API; {@code ui} the screens.
 */
@ApplicationModule(allowedDependencies = {"shared", "security", "tenancy", "budgets"})
@NullMarked
package app.baton.reports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
