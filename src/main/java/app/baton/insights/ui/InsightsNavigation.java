package app.baton.insights.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import java.time.YearMonth;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The way to the insights pages (dashboard, its sources, the monthly meeting, 等我決定): a link's address, or
 * navigation; the router builds the address from the route, so no path is written twice.
 */
public final class InsightsNavigation {

    static final String MONTH = "month";

    private InsightsNavigation() {}

    /** The address of a month's review meeting. */
    public static String meeting(YearMonth month) {
        return RouteConfiguration.forSessionScope()
                .getUrl(MeetingView.class, new RouteParameters(MONTH, month.toString()));
    }

    /** The address of 等我決定. */
    public static String approvals() {
        return RouteConfiguration.forSessionScope().getUrl(WaitingForMeView.class);
    }

    static void toMeeting(YearMonth month) {
        UI.getCurrent().navigate(MeetingView.class, new RouteParameters(MONTH, month.toString()));
    }

    /** This month's meeting (the page chooses it). */
    static void toMeeting() {
        UI.getCurrent().navigate(MeetingView.class);
    }

    /** The dashboard of a year, optionally on one month (0–11). */
    static void toDashboard(int year, @Nullable Integer month) {
        Map<String, String> params = month == null
                ? Map.of("year", Integer.toString(year))
                : Map.of("year", Integer.toString(year), "month", Integer.toString(month));
        UI.getCurrent().navigate(DashboardView.class, QueryParameters.simple(params));
    }

    static String dashboard() {
        return RouteConfiguration.forSessionScope().getUrl(DashboardView.class);
    }

    static String goals() {
        return RouteConfiguration.forSessionScope().getUrl(GoalsView.class);
    }

    static String sources() {
        return RouteConfiguration.forSessionScope().getUrl(SourcesView.class);
    }
}
