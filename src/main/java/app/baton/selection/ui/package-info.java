/** The screens of choosing an agency: the rounds, a round's comparison and an agency's proposal. */
@NullMarked
package app.baton.selection.ui;

import org.jspecify.annotations.NullMarked;
