/** The reports REST API under /api/v1 for vendors' automation. */
@NullMarked
package app.baton.reports.web;

import org.jspecify.annotations.NullMarked;
