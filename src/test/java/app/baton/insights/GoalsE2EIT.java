package app.baton.insights;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.baton.E2ETestBase;
import app.baton.TestFixtures;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.security.AccountService;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The goal sheet in Chromium: the successor (English, desktop) drafts the first version with a CAC target; the
 * founder (Chinese, 390-pixel phone) sees it waiting for their signature, signs, and it is in force. Screenshots go
 * to target/e2e.
 */
class GoalsE2EIT extends E2ETestBase {

    @Autowired
    Companies companies;

    @Autowired
    AccountService accounts;

    @Autowired
    GoalQueryService queries;

    @Test
    void the_successor_drafts_the_goals_and_the_founder_signs_them_on_a_phone() throws Exception {
        Company company = companies.create("e2e-goals");
        companies.run(company.successor(), () -> accounts.updateMyProfile("Chia-Ying Lin", "en"));

        try (BrowserContext desktop = newContext(1280, 900)) {
            Page page = desktop.newPage();
            signIn(page, company.successor().email(), TestFixtures.PASSWORD);
            page.navigate(url("/goals"));
            assertThat(page.getByText("No goals both have signed are in force this month")
                            .first())
                    .isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Draft a new version"))
                    .click();
            Locator dialog = page.getByRole(AriaRole.DIALOG);
            dialog.getByLabel("CAC (cost to acquire a customer)").fill("1500");
            dialog.getByLabel("New customers a month").fill("120");
            // LINE is held to its own ROAS (brand work, not judged on the ROAS of ads)
            dialog.getByRole(
                            AriaRole.BUTTON,
                            new Locator.GetByRoleOptions().setName("Add a channel with its own targets"))
                    .click();
            dialog.getByLabel("Channel", new Locator.GetByLabelOptions().setExact(true))
                    .click();
            page.getByRole(
                            AriaRole.OPTION,
                            new Page.GetByRoleOptions().setName("LINE").setExact(true))
                    .click();
            dialog.locator(".channel-goal")
                    .getByLabel("ROAS", new Locator.GetByLabelOptions().setExact(false))
                    .first()
                    .fill("1.5");
            dialog.getByLabel("Note").fill("First quarter: new customers first.");
            shot(page, "goals-draft-en-desktop");
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save and sign"))
                    .click();
            assertThat(page.getByText("Waiting for the founder’s signature").first())
                    .isVisible();
            assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
            shot(page, "goals-drafted-en-desktop");
        }

        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT, "zh-TW")) {
            Page page = phone.newPage();
            signIn(page, company.founder().email(), TestFixtures.PASSWORD);
            // 等我決定 lists the version waiting for the founder's signature, one tap from the goals page
            page.navigate(url("/approvals"));
            Locator card = page.getByText("第 1 版行銷目標待簽署").first();
            assertThat(card).isVisible();
            shot(page, "goals-on-waiting-list-zh-phone");
            card.click();
            page.waitForURL("**/goals");
            assertThat(page.getByText("等待創一代簽署").first()).isVisible();
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "goals-waiting-zh-phone");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("簽署第 1 版"))
                    .click();
            assertThat(page.getByText("本月生效：第 1 版").first()).isVisible();
            assertThat(page.getByText("專屬目標：LINE").first()).isVisible();
            // the next draft on the phone: the channel's own targets row wraps within the dialog
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("草擬新版本"))
                    .click();
            Locator draft = page.getByRole(AriaRole.DIALOG);
            // the dialog fully open (not fading in over the page) before the screenshot
            page.waitForTimeout(600);
            draft.locator(".channel-goal").first().scrollIntoViewIfNeeded();
            assertThat(draft.locator(".channel-goal").first()).isVisible();
            assertThat(scrollsSideways(page)).isFalse();
            shot(page, "goals-channel-row-zh-phone");
            shot(page, "goals-in-force-zh-phone");
        }
        assertThat(companies.as(company.founder(), () -> queries.versions()))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.agreed()).isTrue();
                    assertThat(v.sheet().channels())
                            .singleElement()
                            .satisfies(g -> assertThat(g.roas()).isEqualByComparingTo("1.5"));
                });
    }
}
