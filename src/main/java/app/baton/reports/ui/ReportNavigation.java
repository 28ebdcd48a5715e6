package app.baton.reports.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import org.springframework.modulith.NamedInterface;

/**
 * The way to the agencies' and reports' pages, for this module and the others (their routes are package-private): a
 * link's address, or navigation, by id; the router builds the address from the route, so no path is written twice.
 */
@NamedInterface("navigation")
public final class ReportNavigation {

    static final String ENGAGEMENT_ID = "engagementId";
    static final String VERSION_ID = "versionId";

    private ReportNavigation() {}

    /** The address of an engagement's page (its months, scorecard and upload). */
    public static String engagement(long engagementId) {
        return RouteConfiguration.forSessionScope().getUrl(EngagementDetailsView.class, engagementId(engagementId));
    }

    /** The address of the agencies page. */
    public static String engagements() {
        return RouteConfiguration.forSessionScope().getUrl(EngagementListView.class);
    }

    /** The address of one report version's page. */
    public static String version(long versionId) {
        return RouteConfiguration.forSessionScope()
                .getUrl(ReportVersionView.class, new RouteParameters(VERSION_ID, Long.toString(versionId)));
    }

    /** The address of the agency's column layouts page. */
    static String columnLayouts() {
        return RouteConfiguration.forSessionScope().getUrl(ColumnMappingView.class);
    }

    static void toEngagement(long engagementId) {
        UI.getCurrent().navigate(EngagementDetailsView.class, engagementId(engagementId));
    }

    static void toEngagementEdit(long engagementId) {
        UI.getCurrent().navigate(EngagementFormView.class, engagementId(engagementId));
    }

    static void toNewEngagement() {
        UI.getCurrent().navigate(EngagementFormView.class);
    }

    static void toVersion(long versionId) {
        UI.getCurrent().navigate(ReportVersionView.class, new RouteParameters(VERSION_ID, Long.toString(versionId)));
    }

    private static RouteParameters engagementId(long engagementId) {
        return new RouteParameters(ENGAGEMENT_ID, Long.toString(engagementId));
    }
}
