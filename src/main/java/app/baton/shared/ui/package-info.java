@NullMarked
package app.baton.shared.ui;

import org.jspecify.annotations.NullMarked;
