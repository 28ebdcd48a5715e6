/** Entities and repositories of the insights module: KPI settings and the monthly review meetings. */
@NullMarked
package app.baton.insights.internal;

import org.jspecify.annotations.NullMarked;
