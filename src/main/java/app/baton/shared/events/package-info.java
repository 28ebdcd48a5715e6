@NullMarked
package app.baton.shared.events;

import org.jspecify.annotations.NullMarked;
