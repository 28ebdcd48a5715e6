package app.baton.selection.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;

/** The way to the selection pages: the router builds the address from the route, so no path is written twice. */
final class SelectionNavigation {

    static final String ROUND_ID = "roundId";

    private SelectionNavigation() {}

    static String round(long roundId) {
        return RouteConfiguration.forSessionScope().getUrl(RoundView.class, parameters(roundId));
    }

    static void toRound(long roundId) {
        UI.getCurrent().navigate(RoundView.class, parameters(roundId));
    }

    static String renewal(long engagementId) {
        return RouteConfiguration.forSessionScope()
                .getUrl(RenewalView.class, new RouteParameters(RenewalView.ENGAGEMENT_ID, Long.toString(engagementId)));
    }

    private static RouteParameters parameters(long roundId) {
        return new RouteParameters(ROUND_ID, Long.toString(roundId));
    }
}
