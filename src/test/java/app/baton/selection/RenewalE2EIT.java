package app.baton.selection;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.baton.E2ETestBase;
import app.baton.MutableClock;
import app.baton.TestFixtures;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.ChannelService;
import app.baton.reports.EngagementKpi;
import app.baton.reports.EngagementService;
import app.baton.reports.EngagementTarget;
import app.baton.security.AccountService;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The renewal review in Chromium: the successor reads it on a desktop in English (a founder decides); the founder,
 * on a phone in Chinese, re-tenders and lands on the new selection round with the agency asked again. Screenshots go
 * to target/e2e.
 */
class RenewalE2EIT extends E2ETestBase {

    @Autowired
    Companies companies;

    @Autowired
    AccountService accounts;

    @Autowired
    EngagementService engagements;

    @Autowired
    ChannelService channels;

    @Autowired
    MutableClock clock;

    @Test
    void the_successor_reads_the_review_and_the_founder_re_tenders_on_a_phone() throws Exception {
        Company c = companies.create("e2e-renewal");
        companies.run(c.successor(), () -> accounts.updateMyProfile("Chia-Ying Lin", "en"));
        LocalDate end = LocalDate.now(clock.withZone(ZoneId.of("Asia/Taipei"))).plusDays(45);
        long google = companies.as(c.founder(), () -> channels.channels()).stream()
                .filter(ch -> "GOOGLE_ADS".equals(ch.code()))
                .findFirst()
                .orElseThrow()
                .id();
        long id = companies
                .as(
                        c.founder(),
                        () -> engagements.create(new EngagementService.Form(
                                Objects.requireNonNull(c.vendor().membership().vendorOrganisationName()),
                                "Google 搜尋廣告",
                                java.util.Set.of(google),
                                "每月關鍵字優化",
                                "",
                                "",
                                new BigDecimal("30000"),
                                new BigDecimal("100000"),
                                end.minusYears(1).plusDays(1),
                                end,
                                10,
                                List.of(new EngagementTarget(EngagementKpi.ROAS, null, new BigDecimal("3"))),
                                app.baton.reports.ConversionKind.PURCHASE,
                                "",
                                java.util.Map.of())))
                .id();

        try (BrowserContext desktop = newContext(1280, 900)) {
            Page page = desktop.newPage();
            signIn(page, c.successor().email(), TestFixtures.PASSWORD);
            page.navigate(url("/selection"));
            page.getByText("Google 搜尋廣告").first().click();
            assertThat(page.getByText("Renewal review: Google 搜尋廣告")).isVisible();
            assertThat(page.getByText("A founder decides", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
            shot(page, "renewal-review-en-desktop");
        }

        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT, "zh-TW")) {
            Page page = phone.newPage();
            signIn(page, c.founder().email(), TestFixtures.PASSWORD);
            page.navigate(url("/selection/renewal/" + id));
            assertThat(page.getByText("續約評估：Google 搜尋廣告")).isVisible();
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "renewal-review-zh-phone");
            page.getByText("重新比稿", new Page.GetByTextOptions().setExact(true)).click();
            page.getByLabel("原因").fill("與另外兩家比較報價與成效");
            page.getByText("重新比稿", new Page.GetByTextOptions().setExact(true)).scrollIntoViewIfNeeded();
            shot(page, "renewal-decide-zh-phone");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("決定"))
                    .click();
            page.waitForURL(url -> url.matches(".*/selection/\\d+$"));
            assertThat(page.locator(".candidate-card")).hasCount(1);
            assertThat(page.getByText("與另外兩家比較報價與成效")).isVisible();
            shot(page, "renewal-round-zh-phone");
        }
        assertThat(id).isPositive();
    }
}
