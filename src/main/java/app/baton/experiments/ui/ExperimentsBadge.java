package app.baton.experiments.ui;

import app.baton.experiments.ExperimentQueryService;
import app.baton.shared.ui.NavigationBadge;
import org.springframework.stereotype.Component;

/** Experiments waiting for the signed-in person: founders' decisions and conclusions. */
@Component
class ExperimentsBadge implements NavigationBadge {

    private final ExperimentQueryService experiments;

    ExperimentsBadge(ExperimentQueryService experiments) {
        this.experiments = experiments;
    }

    @Override
    public String path() {
        return "experiments";
    }

    @Override
    public long count() {
        return experiments.waitingForMeCount();
    }
}
