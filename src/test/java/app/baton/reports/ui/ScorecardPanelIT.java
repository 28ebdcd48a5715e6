package app.baton.reports.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.baton.BrowserlessTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.ChannelService;
import app.baton.reports.EngagementService;
import app.baton.reports.ReportFixtures;
import app.baton.reports.ScorecardService;
import app.baton.reports.ScorecardService.Rating;
import app.baton.shared.DomainException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A quarter's rating is the {@code Rating} record: its constraints (a quarter like 2026-Q4, each score 1–5) are what
 * the service refuses and what the founder's form says beside the field before sending anything.
 */
class ScorecardPanelIT extends BrowserlessTestBase {

    @Autowired
    Companies companies;

    @Autowired
    EngagementService engagements;

    @Autowired
    ChannelService channels;

    @Autowired
    ScorecardService scorecards;

    @Test
    void the_service_refuses_a_quarter_that_is_not_one_and_a_score_outside_one_to_five() throws Exception {
        Company c = companies.create("rating-rules");
        long engagementId =
                ReportFixtures.engagement(companies, c, engagements, channels).id();
        assertThatThrownBy(() -> companies.run(
                        c.founder(), () -> scorecards.rate(engagementId, new Rating("2026-Q5", 3, 3, 3, 3, 3))))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("rating.quarter"));
        assertThatThrownBy(() -> companies.run(
                        c.founder(), () -> scorecards.rate(engagementId, new Rating("2026-Q4", 3, 6, 3, 3, 3))))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("rating.range"));
        companies.run(c.founder(), () -> scorecards.rate(engagementId, new Rating("2026-Q4", 4, 4, 3, 5, 2)));
        assertThat(companies.as(
                        c.founder(), () -> scorecards.scorecard(engagementId).ratings()))
                .singleElement()
                .satisfies(r -> assertThat(r.transparency()).isEqualTo(2));
    }

    @Test
    void the_rating_form_says_beside_the_quarter_what_is_wrong_and_saves_nothing() throws Exception {
        Company c = companies.create("rating-form");
        long engagementId =
                ReportFixtures.engagement(companies, c, engagements, channels).id();
        signInAs(c.founder());
        EngagementDetailsView page = navigate(ReportNavigation.engagement(engagementId), EngagementDetailsView.class);
        ScorecardPanel panel = $(ScorecardPanel.class, page).first();
        TextField quarter = $(TextField.class, panel).first();
        quarter.setValue(" 2026-Q9 ");
        List<Select> selects = $(Select.class, panel).all();
        assertThat(selects).hasSize(5);
        test($(Button.class, panel).all().stream()
                        .filter(b -> "儲存評分".equals(b.getText()))
                        .findFirst()
                        .orElseThrow())
                .click();

        assertThat(quarter.isInvalid()).isTrue();
        assertThat(quarter.getErrorMessage()).isEqualTo("季度格式為 2026-Q4。");
        assertThat(companies.as(
                        c.founder(), () -> scorecards.scorecard(engagementId).ratings()))
                .isEmpty();
    }
}
