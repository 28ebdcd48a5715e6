package app.baton.reports.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.BrowserlessTestBase;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.TestFixtures.Person;
import app.baton.budgets.ChannelService;
import app.baton.reports.EngagementService;
import app.baton.reports.ReportService;
import app.baton.security.MembershipRole;
import app.baton.security.ui.LoginView;
import app.baton.shell.AccessDeniedView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each report route: signed out → sign-in; the engagement and version pages for the company's people and the
 * engagement's agency; another agency, another company and a successor without the founders' leave are refused or
 * find nothing; the decision buttons only for reviewers.
 */
class ReportViewAccessIT extends BrowserlessTestBase {

    @Autowired
    Companies companies;

    @Autowired
    EngagementService engagements;

    @Autowired
    ReportService reports;

    @Autowired
    ChannelService channels;

    @Autowired
    app.baton.shared.storage.FileStore files;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    Company company;
    long engagementId;
    long versionId;

    @BeforeEach
    void engagementWithAReport() throws Exception {
        company = companies.create("report-views");
        engagementId = app.baton.reports.ReportFixtures.engagement(companies, company, engagements, channels)
                .id();
        versionId = app.baton.reports.ReportFixtures.flaggedNovember(companies, company, reports, engagementId);
    }

    @Test
    void signed_out_visitors_are_sent_to_sign_in() {
        for (Class<? extends Component> route :
                List.of(EngagementListView.class, EngagementFormView.class, ColumnMappingView.class)) {
            signInAs(null);
            navigateExpectingRedirect(route);
            assertThat(getCurrentView()).as(route.getSimpleName()).isInstanceOf(LoginView.class);
        }
    }

    @Test
    void vendors_may_not_open_the_form_and_only_vendors_the_layout_page() {
        assertRefused(EngagementFormView.class, company.vendor());
        assertRefused(ColumnMappingView.class, company.founder(), company.successor());
        signInAs(company.vendor());
        assertThat(navigate(ColumnMappingView.class)).isInstanceOf(ColumnMappingView.class);
        assertThat(navigate(EngagementListView.class)).isInstanceOf(EngagementListView.class);
    }

    @Test
    void a_successor_without_leave_is_sent_back_from_the_form() {
        signInAs(company.successor());
        navigateExpectingRedirect(EngagementFormView.class);
        assertThat(getCurrentView()).isInstanceOf(EngagementListView.class);
        signInAs(company.founder());
        assertThat(navigate(EngagementFormView.class)).isInstanceOf(EngagementFormView.class);
    }

    @Test
    void reviewers_see_the_decision_buttons_the_agency_sees_answer_and_others_see_nothing() throws Exception {
        String path = "reports/" + versionId;
        signInAs(company.founder());
        ReportVersionView founderView = navigate(path, ReportVersionView.class);
        assertThat($(Button.class, founderView).all())
                .extracting(Button::getText)
                .contains("接受", "請求說明", "退回", "詢問外包商");
        signInAs(company.vendor());
        ReportVersionView vendorView = navigate(path, ReportVersionView.class);
        assertThat($(Button.class, vendorView).all())
                .extracting(Button::getText)
                .contains("回覆")
                .doesNotContain("接受", "退回");
        // one answer button, with the question, not one per flag nobody asked about
        assertThat($(Button.class, vendorView).all())
                .extracting(Button::getText)
                .filteredOn("回覆"::equals)
                .hasSize(1);
        assertThat(navigate("engagements/" + engagementId, EngagementDetailsView.class))
                .isInstanceOf(EngagementDetailsView.class);

        Person rival = companies.addPerson(company, "rival", MembershipRole.VENDOR);
        Company other = companies.create("report-views-b");
        for (Person outsider : List.of(rival, other.founder(), other.vendor())) {
            signInAs(outsider);
            ReportVersionView view = navigate(path, ReportVersionView.class);
            assertThat($(Paragraph.class, view).all())
                    .extracting(Paragraph::getText)
                    .contains("找不到這份月報，或您沒有權限查看。");
            assertThat($(Button.class, view).all()).isEmpty();
            EngagementDetailsView engagement = navigate("engagements/" + engagementId, EngagementDetailsView.class);
            assertThat($(Paragraph.class, engagement).all())
                    .extracting(Paragraph::getText)
                    .contains("找不到這份合約，或您沒有權限查看。");
        }
        signInAs(null);
        navigateExpectingRedirect(path);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(AccessDeniedView.class).isNotNull();
    }

    @Test
    void a_report_whose_stored_file_is_lost_still_opens_and_says_what_is_missing() throws Exception {
        String rowsKey = jdbc.queryForObject(
                "select rows_storage_key from report_version where id = ?", String.class, versionId);
        files.delete(rowsKey);

        signInAs(company.founder());
        ReportVersionView view = navigate("reports/" + versionId, ReportVersionView.class);

        assertThat($(Paragraph.class, view).all())
                .extracting(Paragraph::getText)
                .contains("目前讀不到這份報表的原始檔，所以缺少各管道明細與下載。上方的總數、警示與留言都仍保存著；若一直無法恢復，請外包商重新上傳這個月的報表。");
        // the decision is still possible: what the founder decides on (totals, flags) is in the database
        assertThat($(Button.class, view).all()).extracting(Button::getText).contains("接受", "退回");
    }
}
