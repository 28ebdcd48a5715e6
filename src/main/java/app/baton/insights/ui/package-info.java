/** The dashboard, the sources behind its numbers, and the monthly review meeting pages. */
@NullMarked
package app.baton.insights.ui;

import org.jspecify.annotations.NullMarked;
