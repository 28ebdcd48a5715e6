package app.baton.selection.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.BrowserlessTestBase;
import app.baton.MutableClock;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.TestFixtures.Person;
import app.baton.budgets.ChannelService;
import app.baton.security.MembershipRole;
import app.baton.security.ui.LoginView;
import app.baton.selection.SelectionQueryService;
import app.baton.selection.SelectionService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The selection routes: signed out → sign-in; the family and a candidate agency open a round, an agency not asked
 * and another company find nothing; the choose button is the founder's; the agency's form refuses in words and sends
 * a proposal nobody else sees.
 */
class SelectionViewAccessIT extends BrowserlessTestBase {

    @Autowired
    Companies companies;

    @Autowired
    SelectionService selection;

    @Autowired
    SelectionQueryService queries;

    @Autowired
    ChannelService channels;

    @Autowired
    MutableClock clock;

    private static final String MONEY_REQUIRED = "請輸入金額。";

    Company company;
    long meta;
    long round;

    @BeforeEach
    void aRoundWithOneCandidate() throws Exception {
        company = companies.create("selection-views");
        meta = companies.as(company.founder(), () -> channels.channels()).stream()
                .filter(ch -> "META_ADS".equals(ch.code()))
                .findFirst()
                .orElseThrow()
                .id();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Taipei")));
        LocalDate start = today.withDayOfMonth(1).plusMonths(2);
        round = companies.as(
                company.founder(),
                () -> selection.open(new SelectionService.RoundForm(
                        "Meta 2027", "", Set.of(meta), start, start.plusMonths(11), today.plusDays(5))));
        companies.run(
                company.founder(),
                () -> selection.invite(
                        round,
                        Objects.requireNonNull(company.vendor().membership().vendorOrganisationName()),
                        null));
    }

    @Test
    void signed_out_visitors_are_sent_to_sign_in() {
        signInAs(null);
        navigateExpectingRedirect(SelectionListView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        navigateExpectingRedirect("selection/" + round);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void the_family_and_the_candidate_open_the_round_others_find_nothing() throws Exception {
        for (Person insider : List.of(company.founder(), company.successor(), company.vendor())) {
            signInAs(insider);
            assertThat(navigate(SelectionListView.class)).isInstanceOf(SelectionListView.class);
            RoundView view = navigate("selection/" + round, RoundView.class);
            assertThat(texts(view)).doesNotContain("找不到這場比稿，或您沒有權限查看。");
        }
        Person notAsked = companies.addPerson(company, "not-asked-" + UUID.randomUUID(), MembershipRole.VENDOR);
        Company other = companies.create("selection-views-b");
        for (Person outsider : List.of(notAsked, other.founder(), other.vendor())) {
            signInAs(outsider);
            RoundView view = navigate("selection/" + round, RoundView.class);
            assertThat(texts(view)).contains("找不到這場比稿，或您沒有權限查看。");
            assertThat($(Button.class, view).all()).isEmpty();
        }
    }

    @Test
    void the_agency_sends_its_proposal_from_the_form_and_only_the_founder_may_choose() throws Exception {
        signInAs(company.vendor());
        RoundView view = navigate("selection/" + round, RoundView.class);
        Button send = button(view, "送出提案");
        test(send).click();
        // nothing typed: the amounts are asked for, in words, and nothing is stored
        List<app.baton.shared.ui.MoneyField> amounts =
                $(app.baton.shared.ui.MoneyField.class, view).all();
        assertThat(amounts.get(0).isInvalid()).isTrue();
        assertThat(amounts.get(0).getErrorMessage()).isEqualTo(MONEY_REQUIRED);
        assertThat(companies
                        .as(company.founder(), () -> queries.round(round))
                        .candidates()
                        .getFirst()
                        .proposal())
                .isNull();
        amounts.get(0).setValue("50,000");
        amounts.get(1).setValue("180,000");
        test(button(view, "送出提案")).click();
        // the amounts are there, the plan is not: refused beside the plan
        var plan = $(com.vaadin.flow.component.textfield.TextArea.class, view).first();
        assertThat(plan.getErrorMessage()).isEqualTo("請說明您的執行計畫。");
        plan.setValue("每週素材測試");
        test(button(view, "送出提案")).click();
        assertThat(companies
                        .as(company.founder(), () -> queries.round(round))
                        .candidates()
                        .getFirst()
                        .proposal())
                .isNotNull()
                .satisfies(p -> {
                    assertThat(p.monthlyFee()).isEqualByComparingTo("50000");
                    assertThat(p.channelIds()).containsExactly(meta);
                });

        // every candidate has proposed: the founder sees the choose button, the successor is told the founder chooses
        signInAs(company.successor());
        RoundView successorView = navigate("selection/" + round, RoundView.class);
        assertThat($(Button.class, successorView).all())
                .extracting(Button::getText)
                .contains("評分")
                .doesNotContain("選定這份提案");
        assertThat(texts(successorView)).contains("提案已可比較，由創辦人選定。");
        signInAs(company.founder());
        RoundView founderView = navigate("selection/" + round, RoundView.class);
        assertThat($(Button.class, founderView).all())
                .extracting(Button::getText)
                .contains("選定這份提案", "評分");
    }

    private Button button(Component view, String text) {
        return $(Button.class, view).all().stream()
                .filter(b -> text.equals(b.getText()))
                .findFirst()
                .orElseThrow();
    }

    private List<String> texts(Component view) {
        List<String> texts = new java.util.ArrayList<>();
        $(Paragraph.class, view).all().forEach(p -> texts.add(p.getText()));
        $(Span.class, view).all().forEach(s -> texts.add(s.getText()));
        return texts;
    }
}
