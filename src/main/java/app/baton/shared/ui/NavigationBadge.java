package app.baton.shared.ui;

/**
 * A count shown beside a navigation entry (e.g. requests waiting for a founder, unread notifications). Modules
 * contribute beans; the main layout asks them on every navigation, so the counts stay fresh without the layout
 * depending on those modules.
 */
public interface NavigationBadge {

    /** The path of the navigation entry, as in the view's route annotation. */
    String path();

    /** The count for the signed-in person; 0 hides the badge. */
    long count();
}
