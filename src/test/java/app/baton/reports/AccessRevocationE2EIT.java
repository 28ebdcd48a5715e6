package app.baton.reports;

import static org.assertj.core.api.Assertions.assertThat;

import app.baton.E2ETestBase;
import app.baton.TestCalendar;
import app.baton.TestFixtures;
import app.baton.TestFixtures.Companies;
import app.baton.TestFixtures.Company;
import app.baton.budgets.ChannelService;
import app.baton.tenancy.MembershipService;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Taking someone's access away takes it away at once, over HTTP: a download link the page handed out before
 * ({@code /VAADIN/dynamic/…}) stops giving the file the moment a founder removes its holder, without waiting for the
 * holder's next ordinary page request.
 */
class AccessRevocationE2EIT extends E2ETestBase {

    @Autowired
    Companies companies;

    @Autowired
    EngagementService engagements;

    @Autowired
    ChannelService channels;

    @Autowired
    ReportService reports;

    @Autowired
    MembershipService memberships;

    @Test
    void an_open_download_link_stops_working_when_its_holder_is_removed() throws Exception {
        Company c = companies.create("revoke");
        long engagementId =
                ReportFixtures.engagement(companies, c, engagements, channels).id();
        YearMonth month = TestCalendar.secondReportMonth();
        byte[] file = ReportFixtures.month(month.toString(), 1, true);
        long versionId = companies
                .as(
                        c.vendor(),
                        () -> reports.upload(
                                engagementId, month, "bright-ads.csv", new ByteArrayInputStream(file), null, List.of()))
                .versionId();

        try (BrowserContext desktop = newContext(1280, 900)) {
            Page page = desktop.newPage();
            signIn(page, c.vendor().email(), TestFixtures.PASSWORD);
            page.navigate(url("/reports/" + versionId));
            Locator link = page.locator("a", new Page.LocatorOptions().setHasText("bright-ads.csv"))
                    .first();
            link.waitFor();
            String href = link.getAttribute("href");
            assertThat(href).contains("VAADIN/dynamic");
            String download = href.startsWith("http") ? href : url("/" + href.replaceFirst("^/", ""));

            APIResponse before = desktop.request().get(download);
            assertThat(before.status()).isEqualTo(200);
            // a signed-in download is never kept by the browser or a proxy
            assertThat(before.headers().get("cache-control")).contains("no-store");
            assertThat(before.text()).isEqualTo(new String(file, StandardCharsets.UTF_8));

            companies.run(
                    c.founder(),
                    () -> memberships.remove(c.vendor().membership().membershipId()));

            APIResponse after = desktop.request().get(download);
            assertThat(after.status()).isEqualTo(403);
            assertThat(after.text()).doesNotContain(new String(file, StandardCharsets.UTF_8));
        }
    }
}
