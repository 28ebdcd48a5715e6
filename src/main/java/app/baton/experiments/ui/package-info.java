/** Experiment screens: the board, the proposal form, the detail page with decisions and results. */
@NullMarked
package app.baton.experiments.ui;

import org.jspecify.annotations.NullMarked;
