package app.baton.budgets.ui;

import app.baton.budgets.RequestId;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * The way to the budget pages, for this module and the others (their routes are package-private): a link's address,
 * or navigation, by id; the router builds the address from the route, so no path is written twice.
 */
@NamedInterface("navigation")
public final class BudgetNavigation {

    static final String REQUEST_ID = "requestId";

    private BudgetNavigation() {}

    /** The address of a budget request's page. */
    public static String request(RequestId requestId) {
        return RouteConfiguration.forSessionScope().getUrl(RequestDetailsView.class, id(requestId));
    }

    public static void toRequest(RequestId requestId) {
        UI.getCurrent().navigate(RequestDetailsView.class, id(requestId));
    }

    public static void toRequests() {
        UI.getCurrent().navigate(RequestListView.class);
    }

    public static void toPlan() {
        UI.getCurrent().navigate(BudgetPlanView.class);
    }

    /** The address of the plan page. */
    public static String plan() {
        return RouteConfiguration.forSessionScope().getUrl(BudgetPlanView.class);
    }

    /** The guardrails page's address. */
    public static String guardrails() {
        return RouteConfiguration.forSessionScope().getUrl(GuardrailsView.class);
    }

    /** The address of an empty request form. */
    public static String newRequest() {
        return RouteConfiguration.forSessionScope().getUrl(RequestFormView.class);
    }

    /** The address of the request form filled in from {@code params} (tiers, channels, month, amount, reason). */
    public static String newRequest(Map<String, String> params) {
        return RouteConfiguration.forSessionScope().getUrl(RequestFormView.class) + "?"
                + QueryParameters.simple(params).getQueryString();
    }

    /** A new request against a plan. */
    static void toNewRequest(long planId) {
        UI.getCurrent()
                .navigate(RequestFormView.class, new QueryParameters(Map.of("plan", List.of(Long.toString(planId)))));
    }

    private static RouteParameters id(RequestId requestId) {
        return new RouteParameters(REQUEST_ID, Long.toString(requestId.value()));
    }
}
