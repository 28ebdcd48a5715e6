package app.baton.tenancy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.baton.E2ETestBase;
import app.baton.TestFixtures;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.TestFixtures.Person;
import app.baton.security.AccountService;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A client company proposes a person to an agency it shares with another company: the person accepts on a phone (in
 * Chinese) and is told the agency must confirm them; the founder sees whom they wait for; the agency's admin accepts
 * on a desktop (in English); the person then signs in to the company.
 */
class AgencyPeopleE2EIT extends E2ETestBase {

    @Autowired
    Companies companies;

    @Autowired
    InvitationService invitations;

    @Autowired
    AccountService accounts;

    @Test
    void a_proposed_person_waits_for_the_agency_and_its_admin_accepts_them() throws Exception {
        Company lin = companies.create("e2e-agency-lin");
        Company chen = companies.create("e2e-agency-chen");
        Person admin = lin.vendor();
        companies.serveAlso(chen, admin);
        companies.run(admin, () -> accounts.updateMyProfile("Hua Wang", "en"));
        long agencyId = Objects.requireNonNull(admin.membership().vendorOrganisationId());
        String agencyName = admin.membership().vendorOrganisationName();
        String newcomer = "newcomer-" + chen.id() + "@test.example";
        String path = "/"
                + companies
                        .as(chen.founder(), () -> invitations.inviteToAgency(newcomer, agencyId))
                        .path();

        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT)) {
            Page page = phone.newPage();
            page.navigate(url(path));
            page.locator("vaadin-text-field input").fill("陳小安");
            page.locator("vaadin-password-field input").nth(0).fill(TestFixtures.PASSWORD);
            page.locator("vaadin-password-field input").nth(1).fill(TestFixtures.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("建立帳號並加入"))
                    .click();
            assertThat(page.locator(".waiting-for-agency")).containsText("需由其管理員確認");
            assertThat(page.locator(".waiting-for-agency")).containsText(agencyName);
            shot(page, "agency-waiting-zh-phone");
        }

        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT)) {
            Page page = phone.newPage();
            signIn(page, chen.founder().email(), TestFixtures.PASSWORD);
            page.navigate(url("/members"));
            assertThat(page.getByText("陳小安（" + newcomer + "）").first()).isVisible();
            shot(page, "members-waiting-for-agency-zh-phone");
        }

        try (BrowserContext desktop = newContext(1280, 860)) {
            Page page = desktop.newPage();
            signIn(page, admin.email(), TestFixtures.PASSWORD);
            page.locator(".company-card", new Page.LocatorOptions().setHasText(lin.name()))
                    .click();
            page.locator(".navbar-company").waitFor();
            page.navigate(url("/agency"));
            assertThat(page.getByText("Proposed by " + chen.name()).first()).isVisible();
            shot(page, "agency-proposal-en-desktop");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept into the agency"))
                    .click();
            assertThat(page.getByText("Nobody is waiting.")).isVisible();
            assertThat(page.getByText("陳小安 · " + newcomer)).isVisible();
            shot(page, "agency-people-en-desktop");
        }

        try (BrowserContext phone = newContext(PHONE_WIDTH, PHONE_HEIGHT)) {
            Page page = phone.newPage();
            signIn(page, newcomer, TestFixtures.PASSWORD);
            assertThat(page.locator(".navbar-company")).hasText(chen.name());
            org.assertj.core.api.Assertions.assertThat(scrollsSideways(page)).isFalse();
        }
    }
}
