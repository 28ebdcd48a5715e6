package app.baton.shared.ui;

import org.jspecify.annotations.Nullable;

/**
 * A view that worked out, while it was built, a count shown beside a navigation entry — 等我決定 and the dashboard
 * list what waits for the reader. The main layout takes the count from the view instead of asking the entry's
 * {@link NavigationBadge} to count it again in the same navigation (issue 16: on the dashboard that was four more
 * statements and the experiments read twice).
 */
public interface CountsBeside {

    /** The count beside the entry of {@code path} (as {@link NavigationBadge#path()}), or null when not worked out. */
    @Nullable
    Long countBeside(String path);
}
