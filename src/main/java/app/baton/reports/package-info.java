/**
 * Vendors' monthly reports. So far: {@code parsing} reads the metrics files vendors upload (our template, Google
 * Ads, Meta Ads and GA4 exports, as CSV or XLSX) into one row model. Engagements, versions, checks and review
 * follow (issue 5).
 */
@ApplicationModule(allowedDependencies = {"shared", "security"})
@NullMarked
package app.baton.reports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
