/** The notification list and the unread badge in the navigation. */
@NullMarked
package app.baton.notifications.ui;

import org.jspecify.annotations.NullMarked;
