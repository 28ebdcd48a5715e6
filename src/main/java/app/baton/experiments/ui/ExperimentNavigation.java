package app.baton.experiments.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import org.springframework.modulith.NamedInterface;

/**
 * The way to the experiments' pages, for this module and the others (their routes are package-private): a link's
 * address, or navigation, by id; the router builds the address from the route, so no path is written twice.
 */
@NamedInterface("navigation")
public final class ExperimentNavigation {

    static final String EXPERIMENT_ID = "experimentId";

    private ExperimentNavigation() {}

    /** The address of an experiment's page. */
    public static String details(long experimentId) {
        return RouteConfiguration.forSessionScope().getUrl(ExperimentDetailsView.class, id(experimentId));
    }

    public static void toDetails(long experimentId) {
        UI.getCurrent().navigate(ExperimentDetailsView.class, id(experimentId));
    }

    public static void toBoard() {
        UI.getCurrent().navigate(ExperimentBoardView.class);
    }

    static void toEdit(long experimentId) {
        UI.getCurrent().navigate(ExperimentFormView.class, id(experimentId));
    }

    private static RouteParameters id(long experimentId) {
        return new RouteParameters(EXPERIMENT_ID, Long.toString(experimentId));
    }
}
