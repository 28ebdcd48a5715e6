/** The screens of vendor engagements and monthly reports: list, form, engagement page with upload, version review. */
@NullMarked
package app.baton.reports.ui;

import org.jspecify.annotations.NullMarked;
