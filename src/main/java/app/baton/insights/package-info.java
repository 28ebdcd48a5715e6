/**
 * What the founders and the successor read together: the dashboard (budget vs actual with a run-rate forecast, KPI
 * trends against targets, the experiment pipeline, the agencies side by side, and what waits) and the monthly
 * budget review meeting (每月預算審查) with its suggestions, recorded decisions, attendees and exported pack. Reads
 * the budgets, experiments, reports and sales modules; only the shell's home page reads it (what waits for me).
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "security",
            "tenancy",
            "approvals",
            "budgets",
            "budgets :: navigation",
            "experiments",
            "experiments :: navigation",
            "reports",
            "reports :: navigation",
            "sales"
        })
@NullMarked
package app.baton.insights;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
