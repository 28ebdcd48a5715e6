/** Budget screens: the plan grid, channels, guardrails, change requests and the founders' "waiting for me" list. */
@NullMarked
package app.baton.budgets.ui;

import org.jspecify.annotations.NullMarked;
