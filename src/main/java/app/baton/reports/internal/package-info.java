/** Persistence of engagements, report versions, flags, the review thread, ratings and saved column mappings. */
@NullMarked
package app.baton.reports.internal;

import org.jspecify.annotations.NullMarked;
