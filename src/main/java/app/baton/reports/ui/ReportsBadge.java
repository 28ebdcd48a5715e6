package app.baton.reports.ui;

import app.baton.reports.ReviewService;
import app.baton.shared.ui.NavigationBadge;
import org.springframework.stereotype.Component;

/** Reports that need the signed-in person: waiting for review, asked to clarify, or late. */
@Component
class ReportsBadge implements NavigationBadge {

    private final ReviewService reviews;

    ReportsBadge(ReviewService reviews) {
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
