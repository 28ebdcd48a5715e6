/** The notification entity and its repository. */
@NullMarked
package app.baton.notifications.internal;

import org.jspecify.annotations.NullMarked;
