package app.baton.reports.ui;

import app.baton.reports.ReportStatusQueryService;
import app.baton.shared.ui.NavigationBadge;
import org.springframework.stereotype.Component;

/** Reports that need the signed-in person: waiting for review, asked to clarify, or late. */
@Component
class ReportsBadge implements NavigationBadge {

    private final ReportStatusQueryService reviews;

    ReportsBadge(ReportStatusQueryService reviews) {
        this.reviews = reviews;
    }

    @Override
    public String path() {
        return "engagements";
    }

    @Override
    public long count() {
        return reviews.attention().total();
    }
}
