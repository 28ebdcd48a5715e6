package app.baton.insights.ui;

import app.baton.insights.WaitingService;
import app.baton.shared.ui.NavigationBadge;
import org.springframework.stereotype.Component;

/** Beside 等我決定 in the navigation: how many things wait for the signed-in person (the same count as the page). */
@Component
class WaitingBadge implements NavigationBadge {

    /** The entry's path: 等我決定. */
    static final String PATH = "approvals";

    private final WaitingService waiting;

    WaitingBadge(WaitingService waiting) {
        this.waiting = waiting;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public long count() {
        return waiting.countForMe();
    }
}
