/**
 * Choosing an agency (選商, issue 19): a selection round per need, its candidate agencies, each candidate's proposal
 * (plan, channels, deliverables, fee, media budget, set-up, committed targets, references) written through Baton and
 * seen by no other candidate, the five-criteria scores of the founder and the successor (each on their own first),
 * the comparison with the total cost over the term, and the choice, which becomes an engagement with the chosen
 * proposal's terms. And the renewal review 60 days before an engagement's term ends: its scorecard, cost, cost per
 * verified order and ratings, and the choice to renew, re-tender or end.
 */
@ApplicationModule(
        allowedDependencies = {
            "shared",
            "security",
            "tenancy",
            "budgets",
            "reports",
            "reports :: navigation",
            "insights",
            "sales"
        })
@NullMarked
package app.baton.selection;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
