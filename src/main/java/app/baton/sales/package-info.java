/**
 * The company's own sales, the ground truth under every KPI: founders and successors upload their shop's order export
 * (Shopify, SHOPLINE, other order exports read by header) or Baton's daily-totals template for POS and offline sales;
 * each upload is a version kept unchanged with its SHA-256, its orders parsed beside it, customers kept only as keyed
 * hashes. {@code Reconciliation} sets what the agencies claim beside what the company's data shows and raises the
 * reconciliation flags on their reports. Depends on reports (claims, flags); insights reads it.
 */
@ApplicationModule(allowedDependencies = {"shared", "security", "tenancy", "budgets", "reports", "reports :: checks"})
@NullMarked
package app.baton.sales;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
