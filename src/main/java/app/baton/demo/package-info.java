/**
 * Demo data for the default (dev) profile: 林記食品 with a founder, a successor and a vendor from an agency that
 * also serves 陳家茶行, and a year of 林記食品's shop orders. Created only into an empty database. Nothing depends on it.
 */
@ApplicationModule(
        allowedDependencies = {"shared", "security", "tenancy", "budgets", "experiments", "reports", "insights", "sales"
        })
@NullMarked
package app.baton.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
