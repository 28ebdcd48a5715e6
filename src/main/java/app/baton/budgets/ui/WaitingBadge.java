package app.baton.budgets.ui;

import app.baton.budgets.BudgetRequestService;
import app.baton.shared.ui.NavigationBadge;
import org.springframework.stereotype.Component;

/** The count of requests waiting for the signed-in founder, beside "waiting for me" in the navigation. */
@Component
class WaitingBadge implements NavigationBadge {

    private final BudgetRequestService requests;

    WaitingBadge(BudgetRequestService requests) {
        this.requests = requests;
    }

    @Override
    public String path() {
        return "approvals";
    }

    @Override
    public long count() {
        return requests.waitingForMe().size();
    }
}
