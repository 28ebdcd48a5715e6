/**
 * Growth experiments (成長實驗): the successor proposes with pre-registered success metrics, founders decide (the
 * budget is reserved in the experiment tier on approval), results come back and are judged against what was
 * promised, and the founder concludes: scale up, extend or stop.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "security",
            "tenancy",
            "approvals",
            "budgets",
            "budgets :: navigation",
            "reports",
            "sales"
        })
@NullMarked
package app.baton.experiments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
