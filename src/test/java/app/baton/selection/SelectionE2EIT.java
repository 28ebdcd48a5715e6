package app.baton.selection;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.baton.E2ETestBase;
import app.baton.MutableClock;
import app.baton.TestFixtures;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.TestFixtures.Person;
import app.baton.budgets.ChannelService;
import app.baton.reports.EngagementKpi;
import app.baton.reports.EngagementQueryService;
import app.baton.reports.EngagementView;
import app.baton.security.AccountService;
import app.baton.security.MembershipRole;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Choosing an agency in Chromium: two agencies have proposed and the successor has scored; the third agency writes
 * its proposal on a phone in English; the founder compares the three side by side on a desktop in Chinese, reads
 * the successor's scores only after scoring, and decides on a phone. Screenshots go to target/e2e.
 */
class SelectionE2EIT extends E2ETestBase {

    @Autowired
    Companies companies;

    @Autowired
    AccountService accounts;

    @Autowired
    SelectionService selection;

    @Autowired
    SelectionQueryService queries;

    @Autowired
    EngagementQueryService engagements;

    @Autowired
    ChannelService channels;

    @Autowired
    MutableClock clock;

    @Test
    void the_founder_compares_three_candidates_on_a_desktop_and_decides_on_a_phone() throws Exception {
        Company c = companies.create("e2e-selection");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Person blue = companies.addPerson(c, "blue-" + tag, MembershipRole.VENDOR);
        Person green = companies.addPerson(c, "green-" + tag, MembershipRole.VENDOR);
        companies.run(green, () -> accounts.updateMyProfile("Grace Green", "en"));
        long meta = companies.as(c.founder(), () -> channels.channels()).stream()
                .filter(ch -> "META_ADS".equals(ch.code()))
                .findFirst()
                .orElseThrow()
                .id();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Taipei")));
        LocalDate start = today.withDayOfMonth(1).plusMonths(2);
        long round = companies.as(
                c.founder(),
                () -> selection.open(new SelectionService.RoundForm(
                        "2027 Meta 廣告",
                        "新客首購成長",
                        Set.of(meta),
                        start,
                        start.plusYears(1).minusDays(1),
                        today.plusDays(10))));
        for (Person agency : List.of(c.vendor(), blue, green)) {
            companies.run(c.founder(), () -> selection.invite(round, name(agency), null));
        }
        companies.run(c.vendor(), () -> selection.propose(round, proposal(meta, "60000", "200000", "4")));
        companies.run(blue, () -> selection.propose(round, proposal(meta, "45000", "150000", "3.5")));
        long blueCandidate = companies.as(c.successor(), () -> queries.round(round)).candidates().stream()
                .filter(cv -> cv.agencyName().equals(name(blue)))
                .findFirst()
                .orElseThrow()
                .id();
        companies.run(
                c.successor(),
                () -> selection.score(blueCandidate, new SelectionService.ScoreForm(4, 4, 5, 4, 4, "報表清楚")));

        // the third agency writes its proposal on a phone, in English, seeing nothing of the others
        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT)) {
            Page page = phone.newPage();
            signIn(page, green.email(), TestFixtures.PASSWORD);
            page.navigate(url("/selection"));
            page.getByText("2027 Meta 廣告").first().click();
            assertThat(page.getByText("Only the company reads your proposal").first())
                    .isVisible();
            assertThat(page.getByText(name(blue))).hasCount(0);
            page.getByLabel("Plan")
                    .first()
                    .fill("Creative testing every week; first-order campaigns with LINE retargeting.");
            page.getByLabel("Monthly fee").fill("50,000");
            page.getByLabel("Monthly media budget").fill("180,000");
            page.getByLabel("ROAS").fill("5");
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "selection-proposal-en-phone");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the proposal"))
                    .click();
            assertThat(page.getByText("Your proposal as sent").first()).isVisible();
        }

        // the founder compares the three on a desktop
        try (BrowserContext desktop = newContext(1280, 900, "zh-TW")) {
            Page page = desktop.newPage();
            signIn(page, c.founder().email(), TestFixtures.PASSWORD);
            page.navigate(url("/selection/" + round));
            Locator cards = page.locator(".candidate-card");
            assertThat(cards).hasCount(3);
            // side by side: the three cards start on the same line
            List<Double> tops = List.of(box(cards.nth(0)).y, box(cards.nth(1)).y, box(cards.nth(2)).y);
            assertThat(tops).allSatisfy(y -> assertThat(y).isEqualTo(tops.getFirst()));
            // (45,000 + 150,000) × 12 + 20,000
            assertThat(page.getByText("NT$2,360,000")).isVisible();
            assertThat(page.getByText("還有 1 份評分，您自己評分後才會顯示。")).isVisible();
            shot(page, "selection-compare-zh-desktop");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("為 " + name(blue) + " 評分"))
                    .click();
            Locator dialog = page.getByRole(AriaRole.DIALOG);
            dialog.getByText("透明度").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("5 – 非常好"))
                    .click();
            dialog.getByLabel("備註").fill("報價透明，首購目標合理");
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("儲存我的評分"))
                    .click();
            assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
            // now the successor's score is shown beside the founder's
            assertThat(page.getByText("報表清楚")).isVisible();
            assertThat(page.getByText("報價透明，首購目標合理")).isVisible();
            shot(page, "selection-scored-zh-desktop");
        }

        // and decides on a phone
        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT, "zh-TW")) {
            Page page = phone.newPage();
            signIn(page, c.founder().email(), TestFixtures.PASSWORD);
            page.navigate(url("/selection/" + round));
            assertThat(page.locator(".candidate-card")).hasCount(3);
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "selection-decide-zh-phone");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("選定 " + name(blue)))
                    .click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("選定這份提案"))
                    .last()
                    .click();
            page.waitForURL(url -> url.contains("/engagements/"));
            assertThat(page.getByText("2027 Meta 廣告").first()).isVisible();
            shot(page, "selection-engagement-zh-phone");
        }
        RoundDetail decided = companies.as(c.founder(), () -> queries.round(round));
        assertThat(decided.state()).isEqualTo(RoundState.DECIDED);
        EngagementView engagement = companies.as(c.founder(), () -> engagements.engagements()).stream()
                .filter(e -> Objects.equals(e.id(), decided.engagementId()))
                .findFirst()
                .orElseThrow();
        assertThat(engagement.agencyName()).isEqualTo(name(blue));
        assertThat(engagement.monthlyFee()).isEqualByComparingTo("45000");
    }

    private static BoundingBox box(Locator locator) {
        return Objects.requireNonNull(locator.boundingBox());
    }

    private static String name(Person vendor) {
        return Objects.requireNonNull(vendor.membership().vendorOrganisationName());
    }

    private static SelectionService.ProposalForm proposal(long channelId, String fee, String media, String roas) {
        return new SelectionService.ProposalForm(
                "每週素材測試，首購活動搭配 LINE 再行銷。",
                Set.of(channelId),
                "每月 8 組素材",
                new BigDecimal(fee),
                new BigDecimal(media),
                new BigDecimal("20000"),
                Map.of(EngagementKpi.ROAS, new BigDecimal(roas)),
                "",
                "");
    }
}
